namespace StrategyWorkspace.Resources;

/// <summary>
/// Marker for the workspace's one resource set: SharedResource.resx (English, the neutral
/// fallback) and SharedResource.uk.resx. Keys are "Area_Meaning", e.g. "Admin_Users_Title".
/// </summary>
public sealed class SharedResource;
