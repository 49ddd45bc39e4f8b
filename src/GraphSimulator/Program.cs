using OutlookCms.GraphSimulator;

// Usage: OutlookCms.GraphSimulator [--urls https://127.0.0.1:5443] [--scenario DIR]
await SimulatorApp.Build(args).RunAsync();
