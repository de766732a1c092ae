using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Resources;
using StrategyWorkspace.Tests.Infrastructure;

using static StrategyWorkspace.Tests.Domain.ItemNumberTests;

namespace StrategyWorkspace.Tests.Features.Export;

/// <summary>Editions written by hand, so the export tests know every word that must come out.</summary>
internal static class ExportSamples
{
    public const string ProblemBody =
        "Економіка регіону має **стійко** розвиватися.\n\n" +
        "# Причини\n\n" +
        "- зруйновані виробництва\n- відтік кадрів\n\n" +
        "1. перше\n2. друге\n\n" +
        "| Показник | 2016 |\n|---|---|\n| ВРП | 100 |\n\n" +
        "<script>alert('x')</script>\u0001";

    public static EditionDocument Document(int number = 2)
    {
        var problem = new EditionItem(11, ItemKind.Problem, N("1.1.1"), 3, "Економіка потребує відновлення", ProblemBody, [], []);
        problem = problem with { LinkedFrom = [new EditionLinkView(12, N("1.2.1"), "Відновлення виробництв")] };
        var solution = new EditionItem(12, ItemKind.Solution, N("1.2.1"), 1, "Відновлення виробництв", "Залучення інвестицій.",
            [new EditionLinkView(11, N("1.1.1"), "Економіка потребує відновлення")], []);
        var social = new EditionItem(21, ItemKind.Goal, N("4.3.2"), 2, "Доступні послуги", "Якісні соціальні послуги.", [], []);
        return new EditionDocument(number, new DateTimeOffset(2016, 9, 15, 9, 0, 0, TimeSpan.Zero), "Голова комітету", "Засідання комітету",
            "Стратегія розвитку Луганської області до 2020 року", 2020, "Луганська область – це неподільна частина України.",
            [
                new EditionGroup(1, 1, "Економіка і екологія",
                [
                    new EditionSection(ItemKind.Problem, "1.1", [problem]),
                    new EditionSection(ItemKind.Solution, "1.2", [solution]),
                ]),
                new EditionGroup(4, 4, "Соціальна сфера і культура", [new EditionSection(ItemKind.Goal, "4.3", [social])]),
            ], CommitteeSections.None);
    }

    public static readonly IndicatorSet Indicators = new(
    [
        new Indicator(Guid.Empty, "Рівень безробіття", "%", "Держстат", Periodicity.Annual, 11.8m, 2015, [new IndicatorTarget(2018, 10m), new IndicatorTarget(2020, 8.5m)]),
    ]);

    /// <summary>The same edition with indicators on the social group's goal.</summary>
    public static EditionDocument WithIndicators()
    {
        var document = Document();
        var social = document.Groups[1];
        var goal = social.Sections[0].Items[0] with { Indicators = Indicators };
        return document with { Groups = [document.Groups[0], social with { Sections = [social.Sections[0] with { Items = [goal] }] }] };
    }

    public const string AnalysisTable = "| Показник | 2013 | 2015 |\n|---|---:|---:|\n| Населення, тис. осіб | 2239,5 | 2205,4 |\n| Безробіття, % | 7,1 | 11,8 |";

    /// <summary>The same edition with the committee's sections: an analysis with a table, two SWOT lists, the vision, the implementation.</summary>
    public static EditionDocument WithSections(int number = 2)
    {
        EditionItem Section(int id, ItemKind kind, string title, string body) => new(id, kind, new ItemNumber(0, kind, 1), 1, title, body, [], []);
        return Document(number) with
        {
            Sections = new CommitteeSections(
            [
                Section(91, ItemKind.Analysis, "Соціально-економічний аналіз", "Аналіз здійснено на основі статистичних даних.\n\n" + AnalysisTable),
                Section(92, ItemKind.Strengths, "Сильні сторони", "- Вигідне географічне розташування\n- Природні ресурси"),
                Section(95, ItemKind.Threats, "Загрози", "- Збройний конфлікт на сході"),
                Section(96, ItemKind.Vision, "Стратегічне бачення", "Луганська область – екологічно чистий та комфортний регіон."),
                Section(97, ItemKind.Implementation, "Впровадження та моніторинг", "Моніторинг здійснюється щороку."),
            ]),
        };
    }

    /// <summary>
    /// An edition with a plan: the economy group's goal 1.3.1 served by task 1.4.1, whose projects 1.5.1 (regional budget and
    /// international assistance) and 1.5.2 (regional and local budgets) cost 7 150,75 in all; the social group's task 4.4.1, with no goal,
    /// and its project 4.5.1 (state budget, 10); and project 4.5.2, whose task the edition does not hold (other sources, 1). 7 161,75 in all.
    /// </summary>
    public static EditionDocument WithPlan()
    {
        static ProjectPlan Plan(string executors, int start, int end, params FundingLine[] funding) =>
            new("Результати", executors, "Луганська область", new PlanPeriod(start), new PlanPeriod(end), funding);
        static EditionLinkView Link(int id, string number, string title) => new(id, N(number), title);
        var goal = new EditionItem(31, ItemKind.Goal, N("1.3.1"), 1, "Нові виробництва", "Ціль.", [], [Link(41, "1.4.1", "Інвестиції")],
            new GoalTraits(GoalLevel.Strategic, 1));
        var task = new EditionItem(41, ItemKind.Task, N("1.4.1"), 1, "Інвестиції", "Завдання.", [Link(31, "1.3.1", "Нові виробництва")], [], Indicators: Indicators);
        var park = new EditionItem(51, ItemKind.Project, N("1.5.1"), 2, "Індустріальний парк", "Облаштування парку.", [Link(41, "1.4.1", "Інвестиції")], [],
            Project: Plan("Департамент економіки", 2018, 2019,
                new FundingLine(FundingSource.RegionalBudget, 2018, 1500m), new FundingLine(FundingSource.RegionalBudget, 2019, 2500.5m),
                new FundingLine(FundingSource.InternationalAssistance, 2018, 3000m)),
            Indicators: new IndicatorSet([Indicators.Items[0] with { Name = "Нові робочі місця", Unit = "осіб" }]));
        var support = new EditionItem(52, ItemKind.Project, N("1.5.2"), 1, "Підтримка підприємництва", "Кредити.", [Link(41, "1.4.1", "Інвестиції")], [],
            Project: Plan("Міські ради", 2018, 2019, new FundingLine(FundingSource.RegionalBudget, 2018, 100.25m), new FundingLine(FundingSource.LocalBudgets, 2019, 50m)));
        var socialTask = new EditionItem(44, ItemKind.Task, N("4.4.1"), 1, "Соціальні послуги", "Завдання.", [], []);
        var clinic = new EditionItem(53, ItemKind.Project, N("4.5.1"), 1, "Амбулаторія", "Будівництво.", [Link(44, "4.4.1", "Соціальні послуги")], [],
            Project: Plan("Департамент охорони здоров'я", 2019, 2019, new FundingLine(FundingSource.StateBudget, 2019, 10m)));
        var orphan = new EditionItem(54, ItemKind.Project, N("4.5.2"), 1, "Бібліотека", "Ремонт.", [Link(999, "4.4.9", "Завдання поза редакцією")], [],
            Project: Plan("Управління культури", 2020, 2020, new FundingLine(FundingSource.Other, 2020, 1m)));
        return Document() with
        {
            Groups =
            [
                new EditionGroup(1, 1, "Економіка і екологія",
                [
                    new EditionSection(ItemKind.Goal, "1.3", [goal]),
                    new EditionSection(ItemKind.Task, "1.4", [task]),
                    new EditionSection(ItemKind.Project, "1.5", [park, support]),
                ]),
                new EditionGroup(4, 4, "Соціальна сфера і культура",
                [
                    new EditionSection(ItemKind.Task, "4.4", [socialTask]),
                    new EditionSection(ItemKind.Project, "4.5", [clinic, orphan]),
                ]),
            ],
        };
    }

    public static DocumentWords Words(WorkspaceFactory app, string culture = "uk")
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        return new DocumentWords(app.Service<IStringLocalizer<SharedResource>>(), app.Service<CommitteeClock>());
    }
}
