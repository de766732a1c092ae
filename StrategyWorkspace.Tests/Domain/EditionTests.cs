namespace StrategyWorkspace.Tests.Domain;

public sealed class EditionTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Strategy Strategy = new() { Id = 1, Title = "Стратегія розвитку Луганської області", Horizon = 2020, Vision = "Бачення" };

    private static ItemPlace Place(int itemId, int position, ItemKind kind = ItemKind.Problem, int group = 1) =>
        new(itemId, group, group, $"Група {group}", kind, position);

    private static MergedEdition First(params MergeChoice[] choices) =>
        Edition.Merge(Strategy, null, 0, new Dictionary<int, int>(), choices, choices,
            choices.Select((c, i) => Place(c.ItemId, i + 1)), [], "chair", null, Now);

    [Fact]
    public void The_first_merge_makes_edition_1_with_the_strategy_as_it_stands()
    {
        var (edition, entries, _) = First(new MergeChoice(10, 2), new MergeChoice(11, 1));

        Assert.Equal((1, "Стратегія розвитку Луганської області", 2020, "Бачення"), (edition.Number, edition.Title, edition.Horizon, edition.Vision));
        Assert.Equal((2, 0, 0), (edition.AddedCount, edition.ChangedCount, edition.RemovedCount));
        Assert.Equal([(10, 2), (11, 1)], entries.Select(e => (e.ItemId, e.VersionNumber)));
    }

    [Fact]
    public void The_next_edition_keeps_what_was_held_applies_the_choices_and_counts_them()
    {
        var (current, entries, _) = First(new MergeChoice(10, 1), new MergeChoice(11, 1), new MergeChoice(12, 1));
        var held = entries.ToDictionary(e => e.ItemId, e => e.VersionNumber);
        MergeChoice[] choices = [new(10, 2), new(11, null), new(13, 1)];

        var (next, nextEntries, _) = Edition.Merge(Strategy, current, 1, held, choices, choices,
            [Place(10, 1), Place(11, 2), Place(12, 3), Place(13, 4)], [], "chair", "  Засідання  ", Now);

        Assert.Equal(2, next.Number);
        Assert.Equal((1, 1, 1), (next.AddedCount, next.ChangedCount, next.RemovedCount));
        Assert.Equal([(10, 2), (12, 1), (13, 1)], nextEntries.OrderBy(e => e.ItemId).Select(e => (e.ItemId, e.VersionNumber)));
        Assert.Equal("Засідання", next.Note);
    }

    [Fact]
    public void Entries_are_numbered_among_what_the_edition_holds_so_a_draft_between_leaves_no_gap()
    {
        MergeChoice[] choices = [new(1, 1), new(3, 1), new(4, 1)];
        // Item 2, a draft, stands at position 2 in the workspace and is not merged.
        var entries = Edition.Merge(Strategy, null, 0, new Dictionary<int, int>(), choices, choices,
            [Place(1, 1), Place(2, 2), Place(3, 3), Place(4, 1, ItemKind.Goal)], [], "chair", null, Now).Entries;

        Assert.Equal([(1, ItemKind.Problem, 1), (3, ItemKind.Problem, 2), (4, ItemKind.Goal, 1)],
            entries.OrderBy(e => e.ItemId).Select(e => (e.ItemId, e.Kind, e.Position)));
    }

    [Fact]
    public void Only_links_between_entries_enter_the_edition()
    {
        MergeChoice[] choices = [new(1, 1), new(2, 1)];
        var links = Edition.Merge(Strategy, null, 0, new Dictionary<int, int>(), choices, choices,
            [Place(1, 1), Place(2, 1, ItemKind.Solution)], [(2, 1), (2, 9), (2, 1)], "chair", null, Now).Links;

        Assert.Equal([(2, 1)], links.Select(l => (l.FromItemId, l.ToItemId)));
    }

    [Fact]
    public void Nothing_chosen_a_stale_number_or_a_choice_no_longer_a_candidate_is_refused()
    {
        var current = First(new MergeChoice(10, 1)).Edition;
        var held = new Dictionary<int, int> { [10] = 1 };
        MergeChoice[] candidates = [new(10, 2)];

        Assert.Equal("Consolidation_NothingSelected", Assert.Throws<InvalidInputException>(() =>
            Edition.Merge(Strategy, current, 1, held, [], candidates, [], [], "chair", null, Now)).MessageKey);
        Assert.Equal("Consolidation_EditionChangedMeanwhile", Assert.Throws<StaleDataException>(() =>
            Edition.Merge(Strategy, current, 0, held, candidates, candidates, [], [], "chair", null, Now)).MessageKey);
        Assert.Equal("Consolidation_CandidatesChangedMeanwhile", Assert.Throws<StaleDataException>(() =>
            Edition.Merge(Strategy, current, 1, held, [new MergeChoice(10, 1)], candidates, [], [], "chair", null, Now)).MessageKey);
        Assert.Throws<InvalidInputException>(() =>
            Edition.Merge(Strategy, current, 1, held, candidates, candidates, [], [], "chair", new string('н', Edition.MaxNoteLength + 1), Now));
    }

    [Fact]
    public void An_edition_is_adopted_once_by_a_named_decision_on_a_day_not_in_the_future()
    {
        var edition = First(new MergeChoice(10, 1)).Edition;
        var today = new DateOnly(2016, 12, 20);

        Assert.Equal("Decision", Assert.Throws<InvalidInputException>(() => edition.Adopt(today, "  ", "chair", today)).Field);
        Assert.Equal("AdoptedOn", Assert.Throws<InvalidInputException>(() => edition.Adopt(today.AddDays(1), "№ 45/12", "chair", today)).Field);
        // A strategy adopted years before it came into the workspace keeps its day.
        edition.Adopt(new DateOnly(2016, 12, 20), " № 45/12 від 20.12.2016 ", "chair", new DateOnly(2026, 12, 4));

        Assert.Equal((new DateOnly(2016, 12, 20), "№ 45/12 від 20.12.2016", "chair"), (edition.AdoptedOn!.Value, edition.AdoptionDecision, edition.AdoptedById));
        Assert.Equal("Adoption_AlreadyAdopted", Assert.Throws<WorkspaceRuleException>(() => edition.Adopt(today, "№ 1", "chair", today)).MessageKey);
    }
}
