using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.JSInterop;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

/// <summary>The editor's state and autosave without its page: the real services on the class's SQLite file, a fake clock, no browser.</summary>
public sealed class EditorSessionTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2016, 10, 1, 9, 0, 0, TimeSpan.Zero));

    private DraftingService Drafting => app.Scoped<DraftingService>();
    private WorkingCopyService WorkingCopies => app.Scoped<WorkingCopyService>();

    private async Task<(string Member, int ItemId)> NewProblemAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var id = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(1), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Проблема"), Body = "Опис" }, []);
        return (member, id);
    }

    private async Task<EditorSession> OpenAsync(string actorId, int itemId)
    {
        var session = new EditorSession(itemId, actorId, Drafting, WorkingCopies, app.Scoped<ItemReader>(),
            new BrowserDraftCopy(new NoBrowser(), NullLogger<BrowserDraftCopy>.Instance), clock, NullLogger.Instance);
        await session.LoadAsync();
        return session;
    }

    [Fact]
    public async Task Typing_reaches_the_server_at_the_autosave_tick_and_not_before()
    {
        var (member, id) = await NewProblemAsync();
        var session = await OpenAsync(member, id);
        var kept = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var autosave = session.RunAutosaveAsync(async keep =>
        {
            await keep();
            kept.TrySetResult();
        }, stop.Token);

        session.Edit(session.Title, "Набраний текст");
        clock.Advance(EditorSession.AutosaveEvery - TimeSpan.FromSeconds(1));
        Assert.False(kept.Task.IsCompleted);
        Assert.Null(await WorkingCopies.GetAsync(member, id));

        clock.Advance(TimeSpan.FromSeconds(1));
        await kept.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Набраний текст", (await WorkingCopies.GetAsync(member, id))!.Body);
        Assert.Equal((false, clock.GetUtcNow()), (session.IsDirty, session.AutosavedAt));

        await stop.CancelAsync();
        await autosave;
    }

    [Fact]
    public async Task A_refused_autosave_is_told_and_keeps_the_text_to_try_again()
    {
        var (_, id) = await NewProblemAsync();
        var session = await OpenAsync(await app.UserIdAsync(Demo.Social), id);

        session.Edit("Чужа спроба", "Текст");
        await session.KeepWorkingCopyAsync();

        Assert.IsType<ActionRefusedException>(session.AutosaveFailure);
        Assert.True(session.IsDirty);
        Assert.Equal(("Чужа спроба", "Текст"), (session.Title, session.Body));
        Assert.False(session.AutosaveKeptInBrowser);
    }

    [Fact]
    public async Task Leaving_keeps_what_was_typed_and_opening_again_brings_it_back()
    {
        var (member, id) = await NewProblemAsync();
        var session = await OpenAsync(member, id);
        session.Edit("Нова назва", "Нове");

        await session.LeaveAsync();
        var again = await OpenAsync(member, id);

        Assert.Equal(("Нова назва", "Нове", 1), (again.Title, again.Body, again.BaseNumber));
        Assert.NotNull(again.RestoredAt);
    }

    [Fact]
    public async Task A_save_makes_the_next_version_and_a_title_too_long_is_refused_in_its_field()
    {
        var (member, id) = await NewProblemAsync();
        var session = await OpenAsync(member, id);

        session.Edit(new string('н', Item.MaxTitleLength + 1), "Текст");
        await Assert.ThrowsAsync<InvalidInputException>(() => session.SaveVersionAsync("Зміна"));
        Assert.Equal(nameof(DraftInput.Title), session.Refused!.Field);

        session.Edit("Назва", "Текст");
        Assert.Null(session.Refused);
        Assert.Equal(new SaveOutcome.Saved(2), await session.SaveVersionAsync("Зміна"));
        Assert.Null(await WorkingCopies.GetAsync(member, id));
    }

    [Fact]
    public async Task Only_a_newer_version_by_someone_else_is_noted()
    {
        var (member, id) = await NewProblemAsync();
        var session = await OpenAsync(member, id);

        session.OnVersionSaved(new ItemLiveUpdate.VersionSaved(2, member, "Я"));
        Assert.Null(session.Newer);
        session.OnVersionSaved(new ItemLiveUpdate.VersionSaved(1, "someone", "Інший"));
        Assert.Null(session.Newer);
        session.OnVersionSaved(new ItemLiveUpdate.VersionSaved(2, "someone", "Інший"));
        Assert.Equal("Інший", session.Newer!.AuthorName);
    }

    /// <summary>A page not yet in a browser: every call answers nothing, as prerendering does.</summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            ValueTask.FromResult(default(TValue)!);
    }
}
