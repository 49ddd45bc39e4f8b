// Served by build/fluentTheme.ts: Fluent UI's design tokens as CSS custom properties.
declare module 'virtual:fluent-theme.css';
