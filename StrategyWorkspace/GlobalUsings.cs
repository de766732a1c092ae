// The shared building blocks every feature stands on, as the framework's own namespaces are:
// they depend on no feature, and no feature needs to say it uses them.
global using StrategyWorkspace.Domain;
global using StrategyWorkspace.Infrastructure;
global using StrategyWorkspace.Items;
global using StrategyWorkspace.Text;
global using StrategyWorkspace.Charts;
