using System.Globalization;
using Microsoft.Extensions.Localization;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// The words an exported document uses around the committee's text (section names, "Edition 3 of…"),
/// in the strategy's own language (see <see cref="DocumentLanguage"/>), and dates in the committee's time zone.
/// </summary>
internal sealed class DocumentWords(IStringLocalizer<SharedResource> localizer, CommitteeClock clock)
{
    public CultureInfo Culture { get; } = CultureInfo.CurrentUICulture;

    /// <summary>The document's language for Word's spelling and hyphenation: "uk-UA", "en-US".</summary>
    public string Language => CultureInfo.CreateSpecificCulture(Culture.Name.Length > 0 ? Culture.Name : "uk").Name;

    public string this[string key, params object[] arguments] => localizer[key, arguments];

    /// <summary>The document's words for what builds its own text (the plan).</summary>
    public IStringLocalizer Localizer => localizer;

    public string Section(ItemKind kind) => localizer[$"Kind_{kind}_Plural"];

    public string LinksTo(ItemKind kind) => localizer[$"Drafting_LinksTo_{kind}"];

    public string LinkedFrom(ItemKind kind) => localizer[$"Drafting_LinkedFrom_{kind}"];

    /// <summary>"Стратегічна ціль · Пріоритет 1 · Умова: … (очікується до 01.06.2017)", or nothing for an item that is not a goal.</summary>
    public string? Goal(GoalTraits? goal, EditionLinkView? serves = null) =>
        goal is null ? null : GoalTraitsWords.Describe(localizer, goal, serves is null ? null : $"{serves.Number}. {serves.Title}", Culture);

    /// <summary>A goal's or task's indicators as a table (header first), numbers as the document's language writes them; none for none.</summary>
    public IReadOnlyList<string[]>? Indicators(IndicatorSet? indicators) =>
        indicators is { Count: > 0 } set ? IndicatorWords.Table(localizer, set, Culture) : null;

    /// <summary>The indicators as lines, one per indicator, for the tracked changes.</summary>
    public string IndicatorLines(IndicatorSet? indicators) => IndicatorWords.Lines(localizer, indicators, Culture);

    /// <summary>A project's facts (executors, period, territory, expected results) as label and text; none for another kind.</summary>
    public IReadOnlyList<(string Label, string Text)> ProjectFacts(ProjectPlan? plan) =>
        ProjectWords.Facts(localizer, plan ?? ProjectPlan.Empty);

    /// <summary>A project's funding as a table of sources by year with totals; none for a project without funding.</summary>
    public IReadOnlyList<string[]>? Funding(ProjectPlan? plan) =>
        plan is { Funding.Count: > 0 } ? ProjectWords.FundingTable(localizer, plan, Culture) : null;

    /// <summary>A project's plan as lines, and the changed amounts with their difference, for the tracked changes.</summary>
    public string ProjectLines(ProjectPlan? plan) => ProjectWords.Lines(localizer, plan, Culture);

    public IReadOnlyList<string> AmountChanges(ProjectPlan? older, ProjectPlan? newer) => ProjectWords.AmountChanges(localizer, older, newer, Culture);

    /// <summary>The edition's Plan of implementation of projects and tasks, in the document's language.</summary>
    public ImplementationPlan Plan(EditionDocument document) => ImplementationPlan.Of(document, localizer);

    public DateTimeOffset Local(DateTimeOffset moment) => clock.Local(moment);

    public string Date(DateTimeOffset moment) => clock.Day(moment);

    /// <summary>"Accepted", "Partly accepted", "Declined", or "Not answered yet".</summary>
    public string Outcome(ProposalOutcome? outcome) => localizer[outcome is { } o ? $"Outcome_{o}" : "Outcome_Unanswered"];

    /// <summary>"Edition 3 of 28 November 2026".</summary>
    public string EditionLine(int number, DateTimeOffset createdAt) => localizer["Export_EditionLine", number, Date(createdAt)];

    public string HorizonLine(int horizon) => localizer["Export_HorizonLine", horizon];

    /// <summary>In an edition read in a target language, before an item whose translation is missing or outdated: that the source text follows.</summary>
    public string? TranslationNote(EditionItem item) => EditionTranslationNote.Describe(localizer, item.Language);
}
