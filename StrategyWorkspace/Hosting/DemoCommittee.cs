using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// The committee of the seed text (shared/seed): the Luhansk Oblast strategy to 2020, its five
/// working groups and a demo account for every role. Runs only on an empty database.
/// </summary>
internal sealed class DemoCommittee(WorkspaceDbContext db, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    public const string Password = "Demo-2016!";

    private const string Vision =
        "Луганська область – це неподільна та невід’ємна частина України, екологічно чистий та комфортний " +
        "для проживання регіон, в якому панують мир, злагода та добробут, побудована якісна інфраструктура, " +
        "стійко та динамічно розвивається економіка, примножується людський та фінансовий капітал, " +
        "розвиваються високотехнологічні виробництва без шкоди для навколишнього середовища.";

    /// <summary>Group name, the demo member's e-mail and display name.</summary>
    public static readonly IReadOnlyList<(string Group, string Email, string Member)> Groups =
    [
        ("Економіка і екологія", "economy@demo.local", "Олена Коваленко"),
        ("Інфраструктура і система життєзабезпечення", "infrastructure@demo.local", "Андрій Шевчук"),
        ("Децентралізація та демократичне врядування", "governance@demo.local", "Ірина Бондаренко"),
        ("Соціальна сфера і культура", "social@demo.local", "Наталія Мельник"),
        ("Громадська безпека і відбудова миру", "security@demo.local", "Сергій Ткаченко"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var strategy = new Strategy();
        strategy.Update("Стратегія розвитку Луганської області до 2020 року", 2020);
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(cancellationToken);
        var committee = WorkingGroup.Committee(strategy.Id, now);
        db.WorkingGroups.Add(committee);

        var position = 1;
        var groups = new List<WorkingGroup>();
        foreach (var (name, _, _) in Groups)
        {
            var group = new WorkingGroup { Strategy = strategy, Position = position++, CreatedAt = now };
            group.Rename(name);
            groups.Add(group);
            db.WorkingGroups.Add(group);
        }
        await db.SaveChangesAsync(cancellationToken);

        var administrator = await CreateAccountAsync("admin@demo.local", "Адміністратор секретаріату", WorkspaceRoles.Administrator);
        var chair = await CreateAccountAsync("chair@demo.local", "Голова комітету", WorkspaceRoles.Chair);
        await CreateAccountAsync("expert@demo.local", "Міжнародний експерт", WorkspaceRoles.Expert);
        await CreateAccountAsync("translator@demo.local", "Перекладач комітету", WorkspaceRoles.Translator);
        var members = new List<ApplicationUser>();
        for (var i = 0; i < Groups.Count; i++)
        {
            var member = await CreateAccountAsync(Groups[i].Email, Groups[i].Member, WorkspaceRoles.Member);
            members.Add(member);
            db.GroupMemberships.Add(new GroupMembership { WorkingGroupId = groups[i].Id, UserId = member.Id, AddedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);

        var sections = SeedSections(committee, administrator, chair, now);
        await SeedItemsAsync(strategy, groups, members, chair, sections, now, cancellationToken);
    }

    /// <summary>
    /// The committee's sections in the seed's words, written by the secretariat and approved: the analysis with a small
    /// table, the SWOT's four lists, the vision and the implementation. Edition 1 holds them.
    /// </summary>
    private List<Item> SeedSections(WorkingGroup committee, ApplicationUser administrator, ApplicationUser chair, DateTimeOffset now)
    {
        var sections = new List<Item>();
        foreach (var (kind, title, body) in Sections)
        {
            var section = new Item { WorkingGroup = committee, Kind = kind, Position = 1, CreatedAt = now };
            var first = section.AddVersion(title, body, null, administrator.Id, "Перша редакція", now);
            section.Submit(first, administrator.Id, null, now);
            section.Approve(first, chair.Id, null, now);
            db.Items.Add(section);
            sections.Add(section);
        }
        return sections;
    }

    /// <summary>How the demo's goal is measured: the analysis's own figures as baselines, with targets to the horizon.</summary>
    private static readonly IndicatorSet GoalIndicators = new(
    [
        new Indicator(new Guid("6f1c2a40-1d2b-4c55-9f10-000000000001"), "Рівень безробіття", "%", "Головне управління статистики у Луганській області",
            Periodicity.Annual, 11.8m, 2015, [new IndicatorTarget(2018, 10.0m), new IndicatorTarget(2020, 8.5m)]),
        new Indicator(new Guid("6f1c2a40-1d2b-4c55-9f10-000000000002"), "Індекс промислової продукції", "%", "Державна служба статистики України",
            Periodicity.Quarterly, 33.9m, 2015, [new IndicatorTarget(2018, 60m), new IndicatorTarget(2020, 90m)]),
    ]);

    private static readonly IReadOnlyList<(ItemKind Kind, string Title, string Body)> Sections =
    [
        (ItemKind.Analysis, "Соціально-економічний аналіз",
            "Соціально-економічний аналіз розвитку регіону був здійснений на основі наявних статистичних даних, матеріалів " +
            "структурних підрозділів Луганської облдержадміністрації, а також аналітичних матеріалів та звітів, які були " +
            "напрацьовані в рамках реалізації проектів міжнародної технічної допомоги в Луганській області.\n\n" +
            "| Показник | 2013 | 2015 |\n|---|---:|---:|\n" +
            "| Кількість наявного населення, тис. осіб | 2239,5 | 2205,4 |\n" +
            "| Рівень безробіття, % | 7,1 | 11,8 |\n" +
            "| Індекс промислової продукції, % | 98,4 | 33,9 |"),
        (ItemKind.Strengths, "Сильні сторони",
            "- Вигідне географічне розташування на кордоні з Російською Федерацією\n- Запаси природних ресурсів\n- Підтримка міжнародних партнерів"),
        (ItemKind.Weaknesses, "Слабкі сторони",
            "- Зруйнована внаслідок збройного конфлікту інфраструктура\n- Скорочення кількості робочих місць"),
        (ItemKind.Opportunities, "Можливості",
            "- Бюджетна децентралізація та нові форми державної підтримки регіонального розвитку\n- Проекти міжнародної технічної допомоги"),
        (ItemKind.Threats, "Загрози",
            "- Продовження збройного конфлікту\n- Відтік молоді та кваліфікованих кадрів"),
        (ItemKind.Vision, "Стратегічне бачення", Vision),
        (ItemKind.Implementation, "Впровадження та моніторинг",
            "Цілі та завдання Стратегії досягаються й реалізуються через конкретні проекти та заходи у відповідності до " +
            "Плану реалізації проектів та виконання завдань."),
    ];

    /// <summary>
    /// A few items in the seed's own words, so a newcomer has something to open: edition 1 holds
    /// the economy problem as first approved; since then the chair approved its revision and a goal,
    /// which wait for the next merge; the governance problem is still a draft.
    /// </summary>
    private async Task SeedItemsAsync(Strategy strategy, List<WorkingGroup> groups, List<ApplicationUser> members, ApplicationUser chair,
        List<Item> sections, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var drafts = new List<Item>();
        Item Draft(int group, ItemKind kind, string title, string body, GoalTraits? goal = null, IndicatorSet? indicators = null, ProjectPlan? project = null,
            int position = 1)
        {
            var item = new Item { WorkingGroupId = groups[group].Id, Kind = kind, Position = position, CreatedAt = now };
            item.AddVersion(title, body, null, members[group].Id, "Перша редакція", now, goal, indicators, project);
            db.Items.Add(item);
            drafts.Add(item);
            return item;
        }

        var economy = Draft(0, ItemKind.Problem, "Економіка області потребує відновлення",
            "Економіка регіону має стійко та динамічно розвиватися, примножуючи людський та фінансовий капітал.\n\n" +
            "Соціально-економічний аналіз розвитку регіону здійснено на основі наявних статистичних даних і матеріалів структурних підрозділів облдержадміністрації.");
        var goal = Draft(0, ItemKind.Goal, "Високотехнологічні виробництва без шкоди для довкілля",
            "Розвиваються високотехнологічні виробництва без шкоди для навколишнього середовища.",
            new GoalTraits(GoalLevel.Strategic, Priority: 1), GoalIndicators);
        goal.Links.Add(new ItemLink { To = economy });
        var governance = Draft(2, ItemKind.Problem, "Організація публічної влади в умовах змін законодавства",
            "Окремі цілі формулюються з урахуванням очікуваних конституційних та законодавчих змін у частині організації публічної влади, " +
            "адміністративно-територіального устрою та бюджетної децентралізації.");
        await db.SaveChangesAsync(cancellationToken);
        var planned = SeedPlan(goal, governance, Draft);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var item in drafts)
        {
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, item.Versions[0].AuthorId, now, item.WorkingGroupId, item.Id, 1, "Перша редакція"));
        }
        Approve(economy, economy.Versions[0], members[0], chair, now, "Відповідає результатам соціально-економічного аналізу");

        foreach (var section in sections)
        {
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, section.Versions[0].AuthorId, now, section.WorkingGroupId, section.Id, 1, "Перша редакція"));
            db.Activity.Add(new ActivityEntry(ActivityKind.Approved, chair.Id, now, section.WorkingGroupId, section.Id, 1, null));
        }
        var merged = sections.Prepend(economy).ToList();
        var choices = merged.Select(i => new MergeChoice(i.Id, 1)).ToList();
        var (edition, entries, _) = Edition.Merge(strategy, null, 0, new Dictionary<int, int>(), choices, choices,
            merged.Select(i => new ItemPlace(i.Id, i.WorkingGroupId, i.WorkingGroup!.Position, i.WorkingGroup.Name, i.Kind, i.Position)), [],
            chair.Id, "Перше зведення напрацювань робочих груп", now);
        db.Editions.Add(edition);
        db.Activity.Add(new ActivityEntry(ActivityKind.EditionMerged, chair.Id, now, null, null, 1, edition.Note));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.EditionId = edition.Id;
        }
        db.EditionEntries.AddRange(entries);

        var revision = economy.AddVersion(economy.Versions[0].Title,
            economy.Versions[0].Body + "\n\nДо процесу актуалізації Стратегії були залучені міжнародні експерти; " +
            "пріоритетом визначено відновлення виробництв і створення нових робочих місць.",
            1, members[0].Id, "Доповнено за результатами засідання робочої групи", now);
        db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, members[0].Id, now, economy.WorkingGroupId, economy.Id, 2, revision.ChangeNote));
        Approve(economy, revision, members[0], chair, now, "Доповнення погоджено експертами");
        Approve(goal, goal.Versions[0], members[0], chair, now, null);
        foreach (var item in planned)
        {
            Approve(item, item.Versions[0], members[groups.FindIndex(g => g.Id == item.WorkingGroupId)], chair, now, null);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The rest of the methodology's chain, approved and waiting for the next merge with the goal: an operational goal serving the
    /// strategic one, a goal conditional on the decentralisation law, a task with an indicator, and two projects of the Plan of
    /// implementation funded from two sources each.
    /// </summary>
    private static List<Item> SeedPlan(Item strategicGoal, Item governanceProblem,
        Func<int, ItemKind, string, string, GoalTraits?, IndicatorSet?, ProjectPlan?, int, Item> draft)
    {
        var operational = draft(0, ItemKind.Goal, "Відновлення промислових підприємств і створення нових виробництв",
            "Відновлення роботи промислових підприємств, пошкоджених унаслідок збройного конфлікту, і залучення інвестицій у нові виробництва.",
            new GoalTraits(GoalLevel.Operational, 2, ServesGoalId: strategicGoal.Id), null, null, 2);
        var conditional = draft(2, ItemKind.Goal, "Спроможні об'єднані територіальні громади",
            "Громади області об'єднуються та отримують повноваження і ресурси для надання якісних послуг мешканцям.",
            new GoalTraits(GoalLevel.Strategic, 2, "За умови ухвалення закону про внесення змін до Конституції України щодо децентралізації влади",
                new DateOnly(2017, 6, 1)), null, null, 1);
        conditional.Links.Add(new ItemLink { To = governanceProblem });
        var task = draft(0, ItemKind.Task, "Залучення інвестицій у створення нових виробництв",
            "Підготовка інвестиційних майданчиків і супровід інвесторів.", null, TaskIndicators, null, 1);
        task.Links.Add(new ItemLink { To = operational });
        var park = draft(0, ItemKind.Project, "Індустріальний парк у м. Сєвєродонецьку",
            "Облаштування інфраструктури індустріального парку для розміщення нових виробництв.", null, null,
            new ProjectPlan("Створено щонайменше 500 нових робочих місць; залучено трьох інвесторів.",
                "Департамент економічного розвитку, зовнішньоекономічної діяльності та туризму облдержадміністрації", "м. Сєвєродонецьк",
                new PlanPeriod(2017, 3), new PlanPeriod(2019),
                [
                    new FundingLine(FundingSource.RegionalBudget, 2018, 1500m), new FundingLine(FundingSource.RegionalBudget, 2019, 2500.5m),
                    new FundingLine(FundingSource.InternationalAssistance, 2018, 3000m), new FundingLine(FundingSource.InternationalAssistance, 2019, 4200m),
                ]), 1);
        park.Links.Add(new ItemLink { To = task });
        var support = draft(0, ItemKind.Project, "Програма підтримки малого і середнього підприємництва",
            "Часткове відшкодування відсотків за кредитами суб'єктам малого і середнього підприємництва.", null, null,
            new ProjectPlan("Підтримано не менше 120 суб'єктів підприємництва.", "Департамент економічного розвитку облдержадміністрації; міські ради",
                "Луганська область (підконтрольна Україні територія)", new PlanPeriod(2017), new PlanPeriod(2018),
                [
                    new FundingLine(FundingSource.RegionalBudget, 2017, 800m), new FundingLine(FundingSource.RegionalBudget, 2018, 900m),
                    new FundingLine(FundingSource.LocalBudgets, 2018, 350.25m),
                ]), 2);
        support.Links.Add(new ItemLink { To = task });
        return [operational, conditional, task, park, support];
    }

    /// <summary>How the demo's task is measured.</summary>
    private static readonly IndicatorSet TaskIndicators = new(
    [
        new Indicator(new Guid("6f1c2a40-1d2b-4c55-9f10-000000000003"), "Обсяг прямих іноземних інвестицій", "млн дол. США",
            "Головне управління статистики у Луганській області", Periodicity.Annual, 12.4m, 2015, [new IndicatorTarget(2018, 20m), new IndicatorTarget(2020, 35m)]),
    ]);

    private void Approve(Item item, ItemVersion version, ApplicationUser member, ApplicationUser chair, DateTimeOffset now, string? reason)
    {
        item.Submit(version, member.Id, null, now);
        db.Activity.Add(new ActivityEntry(ActivityKind.Submitted, member.Id, now, item.WorkingGroupId, item.Id, version.Number, null));
        item.Approve(version, chair.Id, reason, now);
        db.Activity.Add(new ActivityEntry(ActivityKind.Approved, chair.Id, now, item.WorkingGroupId, item.Id, version.Number, reason));
    }

    private async Task<ApplicationUser> CreateAccountAsync(string email, string displayName, string role)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PreferredCulture = "uk",
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await userManager.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email} could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        await userManager.AddToRoleAsync(user, role);
        return user;
    }
}
