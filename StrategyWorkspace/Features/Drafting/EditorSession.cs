using StrategyWorkspace.Components.Shared;

namespace StrategyWorkspace.Features.Drafting;

/// <summary>
/// One person's editing of one item, apart from its page: the text and the version it is based on,
/// the working copy the autosave keeps on the server every few seconds, the browser's own copy for
/// when the server cannot take it, and what happened meanwhile (a newer version, a failed autosave).
/// The page binds to it and shows dialogs; this decides what is kept where, so a test drives it with a
/// fake clock and no browser.
/// </summary>
public sealed class EditorSession(
    int itemId, string actorId, DraftingService drafting, WorkingCopyService workingCopies, ItemReader items, BrowserDraftCopy browserCopy, TimeProvider clock,
    ILogger logger)
{
    public static readonly TimeSpan AutosaveEvery = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim saving = new(1, 1);
    private DateTimeOffset? serverCopyAt;
    private (string Title, string Body) fieldIds;
    private bool keptInBrowser;
    // The browser keeps every keystroke itself (BrowserDraftCopy.KeepTypingAsync); the server writes
    // the browser copy only where it cannot.
    private bool keepingTyping;

    public int ItemId => itemId;
    public ItemView? View { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public int BaseNumber { get; private set; }

    /// <summary>A goal's level, priority and condition as being edited; null for other kinds.</summary>
    public GoalTraits? Goal { get; private set; }

    /// <summary>A goal's or task's indicators as being edited; empty for other kinds.</summary>
    public IndicatorSet Indicators { get; private set; } = IndicatorSet.Empty;

    /// <summary>A project's plan (executors, period, funding) as being edited; empty for other kinds.</summary>
    public ProjectPlan Project { get; private set; } = ProjectPlan.Empty;

    /// <summary>Typed since the server last took it.</summary>
    public bool IsDirty { get; private set; }

    /// <summary>When the text shown came back from a working copy (or the browser's copy) rather than the newest version.</summary>
    public DateTimeOffset? RestoredAt { get; private set; }
    public bool RestoredFromBrowser { get; private set; }

    /// <summary>A version someone else saved while this one was being edited.</summary>
    public ItemLiveUpdate.VersionSaved? Newer { get; private set; }

    public DateTimeOffset? AutosavedAt { get; private set; }

    /// <summary>What the last save refused in a field (the title too long…), until the person types again.</summary>
    public InvalidInputException? Refused { get; private set; }

    /// <summary>Why the last autosave failed, until one succeeds; and whether the browser keeps the text meanwhile.</summary>
    public Exception? AutosaveFailure { get; private set; }
    public bool AutosaveKeptInBrowser { get; private set; }

    /// <summary>
    /// Reads the item and this person's working copy before the editor shows: shown earlier, it would offer
    /// the newest version to type into and then swap in the working copy under the person's fingers.
    /// </summary>
    public async Task LoadAsync()
    {
        var loaded = await items.GetItemAsync(actorId, itemId);
        var copy = loaded.CanEdit ? await workingCopies.GetAsync(actorId, itemId) : null;
        View = loaded;
        (Title, Body, BaseNumber, Goal) = (loaded.Latest.Title, loaded.Latest.Body, loaded.Latest.Number, loaded.Latest.Goal);
        (Indicators, Project) = (loaded.Latest.Indicators ?? IndicatorSet.Empty, loaded.Latest.Project ?? ProjectPlan.Empty);
        if (copy is not null)
        {
            // What was typed before a reload, a lost connection or a restart comes back.
            (Title, Body, BaseNumber, Goal) = (copy.Title, copy.Body, copy.BaseVersionNumber, copy.Goal ?? Goal);
            Indicators = View.Kind.HasIndicators() ? copy.Indicators ?? Indicators : Indicators;
            Project = View.Kind.HasPlan() ? copy.Project ?? Project : Project;
            serverCopyAt = copy.UpdatedAt;
            if (copy.Title != loaded.Latest.Title || copy.Body != loaded.Latest.Body || copy.BaseVersionNumber != loaded.Latest.Number
                || Goal != loaded.Latest.Goal || Indicators != (loaded.Latest.Indicators ?? IndicatorSet.Empty)
                || Project != (loaded.Latest.Project ?? ProjectPlan.Empty))
            {
                RestoredAt = copy.UpdatedAt;
            }
        }
    }

    /// <summary>
    /// Once the page is in the browser: text the server could not take when the person last left (the database
    /// was away) comes back from the browser when it is newer than anything the server holds; from then on
    /// the browser keeps each keystroke itself.
    /// </summary>
    public async Task ConnectBrowserAsync(string titleFieldId, string bodyFieldId)
    {
        if (await browserCopy.FindAsync(actorId, itemId) is { } kept)
        {
            var serverAt = serverCopyAt is { } copyAt && copyAt > View!.Latest.CreatedAt ? copyAt : View!.Latest.CreatedAt;
            if (kept.KeptAt <= serverAt || (kept.Title == Title && kept.Body == Body))
            {
                await browserCopy.ForgetAsync(actorId, itemId);
            }
            else
            {
                (Title, Body, BaseNumber, Goal, Indicators) = (kept.Title, kept.Body, kept.BaseVersionNumber, kept.Goal ?? Goal, kept.Indicators ?? Indicators);
                Project = kept.Project ?? Project;
                (RestoredAt, RestoredFromBrowser, keptInBrowser, IsDirty) = (kept.KeptAt, true, true, true);
            }
        }
        fieldIds = (titleFieldId, bodyFieldId);
        keepingTyping = await browserCopy.KeepTypingAsync(actorId, itemId, titleFieldId, bodyFieldId, BaseNumber, clock.GetUtcNow());
    }

    /// <summary>What the person typed (or what the fields show when a save is asked for).</summary>
    public void Edit(string title, string body)
    {
        if (title == Title && Item.NormalizeNewLines(body) == Item.NormalizeNewLines(Body))
        {
            return;
        }
        (Title, Body, IsDirty, Refused) = (title, body, true, null);
    }

    /// <summary>A goal's traits as chosen in the editor.</summary>
    public void EditGoal(GoalTraits goal)
    {
        if (View?.Kind != ItemKind.Goal || goal == Goal)
        {
            return;
        }
        (Goal, IsDirty, Refused) = (goal, true, null);
    }

    /// <summary>A goal's or task's indicators as edited: kept like the text, checked when the version is saved.</summary>
    public void EditIndicators(IndicatorSet indicators)
    {
        if (View?.Kind.HasIndicators() != true || indicators == Indicators)
        {
            return;
        }
        (Indicators, IsDirty, Refused) = (indicators, true, null);
    }

    /// <summary>A project's plan as edited: kept like the text, checked when the version is saved.</summary>
    public void EditProject(ProjectPlan project)
    {
        if (View?.Kind.HasPlan() != true || project == Project)
        {
            return;
        }
        (Project, IsDirty, Refused) = (project, true, null);
    }

    /// <summary>The notice of a restored copy is read and the copy kept.</summary>
    public void KeepRestored() => RestoredAt = null;

    public void OnVersionSaved(ItemLiveUpdate.VersionSaved saved)
    {
        if (saved.Number > BaseNumber && saved.AuthorId != actorId)
        {
            Newer = saved;
        }
    }

    /// <summary>
    /// Every <see cref="AutosaveEvery"/> on the clock, keeps the working copy through <paramref name="dispatch"/>
    /// (the page's renderer), until <paramref name="stop"/>.
    /// </summary>
    public async Task RunAutosaveAsync(Func<Func<Task>, Task> dispatch, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(AutosaveEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await dispatch(KeepWorkingCopyAsync);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Sends the working copy to the server if anything changed since the last time.</summary>
    public async Task KeepWorkingCopyAsync()
    {
        if (!IsDirty || !await saving.WaitAsync(0))
        {
            return;
        }
        try
        {
            IsDirty = false;
            await workingCopies.SaveAsync(actorId, itemId, BaseNumber, Title, Body, Goal, Indicators, Project);
            (AutosavedAt, AutosaveFailure, AutosaveKeptInBrowser) = (clock.GetUtcNow(), null, false);
            // A copy the browser keeps keystroke by keystroke may already hold more than this autosave did.
            if (keptInBrowser && !keepingTyping)
            {
                keptInBrowser = false;
                await browserCopy.ForgetAsync(actorId, itemId);
            }
        }
        catch (Exception e)
        {
            // Whatever went wrong, the next tick tries again: an autosave that stopped silently
            // would leave the person believing their typing is kept.
            if (!Feedback.IsExpected(e))
            {
                logger.LogError(e, "Could not keep the working copy of item {ItemId}.", itemId);
            }
            IsDirty = true;
            AutosaveFailure = e;
            AutosaveKeptInBrowser = keepingTyping || await KeepInBrowserAsync();
        }
        finally
        {
            saving.Release();
        }
    }

    /// <summary>Back to the newest version. A failure leaves the text as it is, to keep or to discard once the database answers.</summary>
    public async Task DiscardAsync()
    {
        await workingCopies.DiscardAsync(actorId, itemId);
        await browserCopy.ForgetAsync(actorId, itemId);
        keptInBrowser = false;
        View = await items.GetItemAsync(actorId, itemId);
        (Title, Body, BaseNumber, Goal) = (View.Latest.Title, View.Latest.Body, View.Latest.Number, View.Latest.Goal);
        (Indicators, Project) = (View.Latest.Indicators ?? IndicatorSet.Empty, View.Latest.Project ?? ProjectPlan.Empty);
        (RestoredAt, IsDirty) = (null, false);
    }

    /// <summary>
    /// Saves the text as version N+1: the working copy first, so that whatever happens next the text is
    /// on the server. Someone's save meanwhile comes back as the merge to confirm.
    /// </summary>
    public async Task<SaveOutcome> SaveVersionAsync(string changeNote)
    {
        IsDirty = true;
        await KeepWorkingCopyAsync();
        SaveOutcome outcome;
        try
        {
            outcome = await drafting.SaveVersionAsync(actorId, itemId, BaseNumber, new DraftInput
            {
                Title = Title, Body = Body, ChangeNote = changeNote, Goal = Goal,
                Indicators = View?.Kind.HasIndicators() == true ? Indicators : null,
                Project = View?.Kind.HasPlan() == true ? Project : null,
            });
        }
        catch (InvalidInputException e) when (e.Field is nameof(DraftInput.Title) or nameof(DraftInput.Body)
            or nameof(GoalTraits.Priority) or nameof(GoalTraits.Condition) or nameof(GoalTraits.ConditionExpectedOn) or nameof(GoalTraits.ServesGoalId)
            || e.Field.StartsWith("Indicators", StringComparison.Ordinal) || e.Field.StartsWith("Project", StringComparison.Ordinal))
        {
            Refused = e;
            throw;
        }
        if (outcome is SaveOutcome.Unchanged)
        {
            // A copy left behind equals the saved text; it goes with the next save.
            await workingCopies.DiscardAsync(actorId, itemId).SkippedWhileDatabaseUnavailable();
        }
        if (outcome is SaveOutcome.Saved or SaveOutcome.Unchanged)
        {
            IsDirty = false;
            await browserCopy.ForgetAsync(actorId, itemId);
        }
        return outcome;
    }

    /// <summary>The merged text the person confirmed, on top of the version saved meanwhile.</summary>
    public async Task AcceptMergeAsync(MergedText merged, ItemMerge merge)
    {
        (Title, Body, BaseNumber, Goal, Newer, IsDirty) = (merged.Title, merged.Body, merge.TheirsNumber, merge.Goal, null, true);
        (Indicators, Project) = (merge.Indicators ?? Indicators, merge.Project ?? Project);
        await KeepWorkingCopyAsync();
        // The merged text is on a new base: the browser's copy follows both.
        if (keepingTyping)
        {
            await KeepInBrowserAsync();
            keepingTyping = await browserCopy.KeepTypingAsync(actorId, itemId, fieldIds.Title, fieldIds.Body, BaseNumber, clock.GetUtcNow());
        }
    }

    /// <summary>Leaving the page keeps what was typed: on the server, or, while it cannot take it, in the browser.</summary>
    public async Task LeaveAsync()
    {
        if (!IsDirty || View?.CanEdit != true)
        {
            return;
        }
        try
        {
            await workingCopies.SaveAsync(actorId, itemId, BaseNumber, Title, Body, Goal, Indicators, Project);
        }
        catch (Exception e)
        {
            // The browser already keeps it, keystroke by keystroke, where it keeps the typing itself.
            logger.LogWarning(e, "Could not keep the working copy of item {ItemId} on leaving.", itemId);
            if (!keepingTyping)
            {
                await KeepInBrowserAsync();
            }
        }
    }

    private async Task<bool> KeepInBrowserAsync()
    {
        keptInBrowser = await browserCopy.KeepAsync(actorId, itemId, new BrowserDraftCopy.Kept(Title, Body, BaseNumber, clock.GetUtcNow(), Goal, Indicators, Project));
        return keptInBrowser;
    }
}
