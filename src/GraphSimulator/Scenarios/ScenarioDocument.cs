using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Scenarios;

/// <summary>A scenario sent inline to <c>POST /_simulator/scenarios</c>: the same content as a scenario folder.</summary>
public sealed record ScenarioDocument(IReadOnlyList<ScenarioMailbox>? Mailboxes, string? Path, bool Reset = true);

/// <summary>One mailbox: its address, optional Graph user JSON, and Graph message / event JSON.</summary>
public sealed record ScenarioMailbox(string Address, JsonObject? User, IReadOnlyList<JsonObject>? Messages, IReadOnlyList<JsonObject>? Events);

public sealed record ScenarioSummary(int Mailboxes, int Messages, int Events);

/// <summary>A scenario that cannot load, naming the file or item at fault.</summary>
public sealed class ScenarioException(string message, Exception? inner = null) : Exception(message, inner);
