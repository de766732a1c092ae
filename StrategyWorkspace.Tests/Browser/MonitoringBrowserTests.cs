using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Tests.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MonitoringBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_chair_records_the_adoption_and_a_member_records_an_indicators_value_then_changes_it_with_the_change_logged()
    {
        var (_, _, edition, title) = await MonitoringServiceTests.MergedTaskAsync(browser.App);

        // The council adopted the edition: the chair says so on the edition's page.
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GotoAsync($"/editions/{edition}");
        await chair.WaitForInteractiveAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Зазначити ухвалення" }).ClickAsync();
        var adoption = chair.GetByRole(AriaRole.Dialog);
        await Expect(adoption.GetByLabel("Рішення обласної ради")).ToBeFocusedAsync();
        await chair.Keyboard.TypeAsync("№ 45/12 від 20.12.2016");
        await adoption.GetByRole(AriaRole.Button, new() { Name = "Зазначити ухвалення" }).ClickAsync();
        await Expect(chair.Locator(".mud-alert").Filter(new() { HasText = "Ухвалено обласною радою" })).ToContainTextAsync("№ 45/12 від 20.12.2016");
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Зазначити ухвалення" })).ToBeHiddenAsync();
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(chair, $"/editions/{edition}, adopted"));

        // The infrastructure group's member finds the task's indicator in monitoring and records 2017's value by keyboard.
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Infrastructure, Demo.Password);
        await member.GetByRole(AriaRole.Link, new() { Name = "Моніторинг" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Моніторинг", Level = 1 })).ToBeVisibleAsync();
        var card = member.Locator(".mud-paper").Filter(new() { HasText = title });
        var table = card.GetByRole(AriaRole.Table);
        await Expect(table).ToContainTextAsync("Частка відремонтованих доріг, %");
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Внести значення .* за 2017$") }).ClickAsync();
        var dialog = member.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Фактичне значення")).ToBeFocusedAsync();
        await member.Keyboard.TypeAsync("18,5");
        await Expect(dialog.GetByLabel("Джерело значення")).ToHaveValueAsync("Служба автомобільних доріг");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Зберегти" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var row2017 = table.GetByRole(AriaRole.Row).Filter(new() { Has = member.GetByRole(AriaRole.Rowheader, new() { Name = "2017" }) });
        await Expect(row2017).ToContainTextAsync("18,5");

        // A change keeps the old value in the log; Escape closes the dialog without a change.
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Змінити значення .* за 2017$") }).ClickAsync();
        await Expect(dialog.GetByLabel("Фактичне значення")).ToBeFocusedAsync();
        await dialog.GetByLabel("Фактичне значення").FillAsync("19");
        await dialog.GetByLabel("Примітка").FillAsync("Уточнені дані облавтодору");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Зберегти" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(row2017).ToContainTextAsync("19");
        await Expect(row2017).ToContainTextAsync("Уточнені дані облавтодору");
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new("^Змінити значення .* за 2017$") }).ClickAsync();
        await Expect(dialog.Locator(".value-history")).ToContainTextAsync("18,5 → 19");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(member, "/monitoring with its dialog"));
        await member.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_member_loads_values_from_a_csv_sees_the_refused_row_and_why_then_writes_the_rest()
    {
        var (taskId, _, _) = await MonitoringServiceTests.AdoptedTaskAsync(browser.App);
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Infrastructure, Demo.Password);
        await member.GotoAsync("/monitoring");
        await member.WaitForInteractiveAsync();
        var card = member.Locator(".mud-paper").Filter(new() { Has = member.Locator($"a[href='/items/{taskId}']") });
        var code = (await card.Locator(".indicator-code").TextContentAsync())!.Trim();

        await member.GetByRole(AriaRole.Link, new() { Name = "Завантажити значення з файлу" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Завантаження значень показників із файлу" })).ToBeVisibleAsync();
        await member.GetByLabel("Обрати файл").SetInputFilesAsync(new FilePayload
        {
            Name = "значення.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"Код;Період;Значення\n{code};2017;18,5\n{code};2019;двадцять\n"),
        });

        await Expect(member.GetByRole(AriaRole.Status).Filter(new() { HasText = "значення.csv" })).ToContainTextAsync("нових — 1, змінених — 0, без змін — 0, відхилених — 1");
        var refused = member.GetByRole(AriaRole.Table, new() { Name = "Відхилені рядки" });
        await Expect(refused.GetByRole(AriaRole.Row).Last).ToContainTextAsync("Значення не є числом.");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(member, "/monitoring/import with a preview"));
        await member.GetByRole(AriaRole.Button, new() { Name = "Записати значень: 1" }).ClickAsync();

        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/monitoring$"));
        var row2017 = card.GetByRole(AriaRole.Row).Filter(new() { Has = member.GetByRole(AriaRole.Rowheader, new() { Name = "2017" }) });
        await Expect(row2017).ToContainTextAsync("18,5");
        // The chart shows the value too: one actual point, and in words how it stands (expected 24 on the way from 12 to 30).
        await Expect(card.Locator("figure svg[role='img'] g.chart-actual circle")).ToHaveCountAsync(1);
        await Expect(card.Locator("figure").First).ToContainTextAsync("Останнє значення (2017): 18,5, очікувалось 24: Відставання.");
    }

    [Fact]
    public async Task A_member_reports_a_projects_progress_and_money_spent_over_the_plan_and_the_task_and_goal_show_the_computed_progress()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(browser.App);
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.GotoAsync("/monitoring");
        await member.WaitForInteractiveAsync();
        await member.GetByRole(AriaRole.Navigation, new() { Name = "Розділи моніторингу" }).GetByRole(AriaRole.Link, new() { Name = "Проєкти та кошти" }).ClickAsync();
        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/monitoring/progress$"));
        await member.WaitForInteractiveAsync();

        var goal = member.Locator(".mud-paper").Filter(new() { Has = member.Locator($"a[href='/items/{plan.GoalId}']") });
        var row = goal.GetByRole(AriaRole.Row).Filter(new() { Has = member.Locator($"a[href='/items/{plan.SmallProjectId}']") });
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Звітувати про проєкт") }).ClickAsync();
        var dialog = member.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Виконано, %")).ToBeFocusedAsync();
        await member.Keyboard.PressAsync("Control+A");
        await member.Keyboard.TypeAsync("60");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Додати витрати" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Group, new() { Name = "Витрати, рядок 1" }).GetByLabel("Витрачено").FillAsync("1200");
        await dialog.GetByLabel("Примітка про виконання").FillAsync("Подорожчали будівельні матеріали");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(member, "/monitoring/progress with its dialog"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Зберегти" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(row).ToContainTextAsync("60 %");
        await Expect(row).ToContainTextAsync("понад план на 200");
        await Expect(row).ToContainTextAsync("Подорожчали будівельні матеріали");
        // (1,000 × 60 + 3,000 × 0) / 4,000
        await Expect(goal).ToContainTextAsync("Виконання: 15 % (обчислено з проєктів)");
        await Expect(member.Locator("section[aria-labelledby='progress-strategy'] figure svg[role='img']")).ToHaveCountAsync(2);
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(member, "/monitoring/progress"));
    }

    [Fact]
    public async Task The_chair_generates_and_publishes_a_years_report_whose_word_file_has_the_chart_image_and_the_reason_for_the_deviation()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(browser.App);
        var member = await browser.App.UserIdAsync(Demo.Economy);
        await browser.App.Scoped<MonitoringService>().RecordAsync(member,
            new ValueInput(plan.GoalId, plan.GoalIndicator.Key, new MonitoringPeriod(2017), 20m, "Служба", "Затримка фінансування ремонтів", null));
        // Other tests' goals in this app measure the same indicator: this goal's is told by its code.
        var code = (await browser.App.Scoped<MonitoringService>().GetBoardAsync(member)).Groups.SelectMany(g => g.Items)
            .Single(i => i.ItemId == plan.GoalId).Indicators[0].Code;
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GotoAsync("/monitoring");
        await chair.WaitForInteractiveAsync();
        await chair.GetByRole(AriaRole.Navigation, new() { Name = "Розділи моніторингу" }).GetByRole(AriaRole.Link, new() { Name = "Звіти" }).ClickAsync();
        await Expect(chair).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/monitoring/reports$"));
        await chair.WaitForInteractiveAsync();

        // The year and the whole year, chosen by keyboard in the form.
        var form = chair.GetByRole(AriaRole.Form, new() { Name = "Новий звіт про моніторинг" });
        await form.GetByLabel("Рік", new() { Exact = true }).FillAsync("2017");
        await form.GetByRole(AriaRole.Button, new() { Name = "Сформувати" }).ClickAsync();
        await Expect(chair).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/monitoring/reports/\d+$"));
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(": 2017");
        await Expect(chair.Locator(".mud-alert").First).ToContainTextAsync("Чернетка");
        var goal = chair.Locator(".report-goal").Filter(new() { HasText = plan.GoalTitle });
        await Expect(goal.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToContainTextAsync("Затримка фінансування ремонтів");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(chair, "/monitoring/reports/{n}, a draft"));

        await chair.GetByRole(AriaRole.Button, new() { Name = "Опублікувати" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Опублікувати" }).ClickAsync();
        await Expect(chair.Locator(".mud-alert").First).ToContainTextAsync("дані зафіксовано");
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Опублікувати" })).ToBeHiddenAsync();

        var download = await chair.RunAndWaitForDownloadAsync(() => chair.GetByRole(AriaRole.Link, new() { Name = "Завантажити DOCX" }).ClickAsync());
        var path = Path.Combine(browser.App.Folder, $"report-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains("Звіт про моніторинг реалізації Стратегії за 2017", body.InnerText);
        Assert.Contains("Затримка фінансування ремонтів", body.InnerText);
        // Expected on the line from 12 (2015) to 30 (2018) in 2017: 24; the value 20 is 4 behind.
        var row = body.Descendants<TableRow>().First(r => r.Elements<TableCell>().FirstOrDefault()?.InnerText == code);
        var cells = row.Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("20", cells);
        Assert.Contains("24", cells);
        Assert.Contains("-4", cells.Select(c => c.Replace('\u2212', '-')));
        Assert.NotEmpty(word.MainDocumentPart.ImageParts);
        Assert.Contains(word.MainDocumentPart.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>(),
            p => p.Description?.Value?.Contains("Ціль на 2020 рік: 50.") == true);

        await chair.GotoAsync("/monitoring/reports");
        await Expect(chair.GetByRole(AriaRole.Table, new() { Name = "Звіти про моніторинг" })).ToContainTextAsync("опубліковано");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(chair, "/monitoring/reports"));
    }

    [Fact]
    public async Task A_visitor_without_an_account_reads_the_results_a_groups_charts_and_a_published_report_and_downloads_the_open_data()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(browser.App);
        var member = await browser.App.UserIdAsync(Demo.Economy);
        var chair = await browser.App.UserIdAsync(Demo.Chair);
        await browser.App.Scoped<MonitoringService>().RecordAsync(member,
            new ValueInput(plan.GoalId, plan.GoalIndicator.Key, new MonitoringPeriod(2016), 14m, "Служба", "Почали пізніше", null));
        var reports = browser.App.Scoped<MonitoringReportService>();
        var report = (await reports.ListAsync(chair)).FirstOrDefault(r => r.Period == new MonitoringPeriod(2016))?.Number
            ?? await reports.GenerateAsync(chair, new MonitoringPeriod(2016));
        if ((await reports.GetAsync(chair, report)).PublishedAt is null)
        {
            await reports.PublishAsync(chair, report);
        }

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/results");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Виконання Стратегії", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Table, new() { NameRegex = new("^Цілі розділу 1\\.") })).ToContainTextAsync(plan.GoalTitle);
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/results"));

        // By keyboard, from the parts' navigation to the group's page.
        var parts = visitor.GetByRole(AriaRole.Navigation, new() { Name = "Розділи результатів" });
        await parts.GetByRole(AriaRole.Link, new() { NameRegex = new("^1\\. ") }).FocusAsync();
        await visitor.Keyboard.PressAsync("Enter");
        await Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/results/groups/1$"));
        var goal = visitor.Locator(".results-goal").Filter(new() { HasText = plan.GoalTitle });
        await Expect(goal.GetByRole(AriaRole.Table, new() { NameRegex = new("^Індикатори ") })).ToContainTextAsync("Відставання");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/results/groups/1"));

        // The goal's page: each indicator's chart with every period, and the tasks' projects; no link into the workspace.
        await goal.GetByRole(AriaRole.Link, new() { NameRegex = new("^Графіки індикаторів і проєкти цілі ") }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(plan.GoalTitle);
        await Expect(visitor.Locator("figure svg[role='img']").First).ToBeVisibleAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("Почали пізніше");
        await Expect(visitor.Locator("main a[href^='/items/']")).ToHaveCountAsync(0);
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/results/goals/{id}"));

        await visitor.GotoAsync("/results");
        await visitor.GetByRole(AriaRole.Link, new() { NameRegex = new($"^Звіт {report}: 2016$") }).ClickAsync();
        await Expect(visitor.Locator(".mud-alert").First).ToContainTextAsync("дані зафіксовано");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/results/reports/{n}"));

        await parts.GetByRole(AriaRole.Link, new() { Name = "Відкриті дані" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Table, new() { Name = "Стовпці набору «Цільові та фактичні значення»" })).ToContainTextAsync("value_source");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/results/data"));
        var download = await visitor.RunAndWaitForDownloadAsync(() =>
            visitor.GetByRole(AriaRole.Link, new() { Name = "Цільові та фактичні значення: завантажити CSV" }).ClickAsync());
        Assert.Equal("values.csv", download.SuggestedFilename);
        var path = Path.Combine(browser.App.Folder, $"values-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(path);
        Assert.Contains("\"Почали пізніше\"", await File.ReadAllTextAsync(path));

        // The visitor's language: the page in English, the data the same.
        await visitor.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Open data", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Navigation, new() { Name = "Parts of the results" })).ToBeVisibleAsync();
    }
}
