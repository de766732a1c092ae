using System.Text.Json;
using Microsoft.JSInterop;

namespace StrategyWorkspace.Features.Drafting;

/// <summary>
/// The editor's text kept in the person's own browser (localStorage) while the server cannot keep
/// it — the database is away for a moment. The server's working copy is the one that counts; this
/// copy only covers the gap, so leaving the editor during an outage loses nothing typed since the
/// last autosave. It is keyed by person and item, so another account in the same browser never
/// sees it, and it is forgotten as soon as the server has the text again.
/// </summary>
public sealed class BrowserDraftCopy(IJSRuntime js, ILogger<BrowserDraftCopy> logger)
{
    /// <summary>What is kept: the text, the version it was based on, and when (server time, to compare with the server's copy).</summary>
    public sealed record Kept(string Title, string Body, int BaseVersionNumber, DateTimeOffset KeptAt, GoalTraits? Goal = null, IndicatorSet? Indicators = null,
        ProjectPlan? Project = null);

    private static string Key(string userId, int itemId) => $"strategyworkspace.draft.{userId}.{itemId}";

    /// <summary>Keeps the text in the browser; false when the browser cannot be reached (prerendering, a lost connection) or refuses.</summary>
    public async Task<bool> KeepAsync(string userId, int itemId, Kept kept) =>
        await TryAsync(() => js.InvokeAsync<bool>("workspace.keepDraft", Key(userId, itemId), JsonSerializer.Serialize(kept)).AsTask());

    /// <summary>
    /// From now on the browser keeps what is typed into the editor's fields at once, keystroke by keystroke,
    /// without the server: typing goes on while the connection or the server is away. Called again whenever
    /// the version the text is based on changes (a merge).
    /// </summary>
    public async Task<bool> KeepTypingAsync(string userId, int itemId, string titleId, string bodyId, int baseVersionNumber, DateTimeOffset serverNow) =>
        await TryAsync(() => js.InvokeAsync<bool>("workspace.keepTyping", Key(userId, itemId), titleId, bodyId, baseVersionNumber,
            serverNow.ToString("O"), ReachesServerWithin.TotalMilliseconds).AsTask());

    /// <summary>The longest a keystroke takes to reach the server: the body's pause before it is sent, and the trip.</summary>
    private static readonly TimeSpan ReachesServerWithin = TimeSpan.FromSeconds(1.5);

    /// <summary>The text kept for this person and item, if any.</summary>
    public async Task<Kept?> FindAsync(string userId, int itemId)
    {
        var json = await TryAsync(() => js.InvokeAsync<string?>("workspace.keptDraft", Key(userId, itemId)).AsTask());
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Kept>(json);
        }
        catch (JsonException)
        {
            // Not ours any more (an older format, or edited by hand): nothing to restore.
            return null;
        }
    }

    public Task ForgetAsync(string userId, int itemId) =>
        TryAsync(async () =>
        {
            await js.InvokeVoidAsync("workspace.forgetDraft", Key(userId, itemId));
            return true;
        });

    // The browser copy is a fallback: when the browser is out of reach, the editor carries on without it.
    private async Task<T?> TryAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(e, "The browser copy of a draft could not be reached.");
            return default;
        }
    }
}
