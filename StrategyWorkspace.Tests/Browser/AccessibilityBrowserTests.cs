using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StrategyWorkspace.Data;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// WCAG 2.2 AA as axe-core checks it: every screen each demo role reaches, in the light and the dark theme,
/// without a serious or critical finding. The markup is the same on either database, so this runs in the
/// SQLite pass only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string> Roles => [Demo.Admin, Demo.Chair, Demo.Expert, Demo.Economy, Demo.Translator];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_screen_of_a_role_has_no_serious_finding(string email)
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is not null, "The markup does not depend on the database: checked in the SQLite pass.");
        var screens = await ScreensAsync(email);
        var findings = new List<string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            var page = await browser.NewPageAsync();
            await page.Context.AddCookiesAsync([new Cookie { Name = "sw-theme", Value = theme, Url = browser.BaseAddress }]);
            await page.SignInAsync(email, Demo.Password);
            foreach (var screen in screens)
            {
                await page.GotoAsync(screen);
                if (!screen.StartsWith("/Account/", StringComparison.Ordinal))
                {
                    await page.WaitForInteractiveAsync(); // the Identity pages are static
                }
                findings.AddRange(await SeriousFindingsAsync(page, $"{theme} {screen}"));
            }
        }
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public async Task The_public_and_sign_in_pages_have_no_serious_finding()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is not null, "The markup does not depend on the database: checked in the SQLite pass.");
        var page = await browser.NewPageAsync();
        var findings = new List<string>();
        foreach (var screen in new[] { "/Account/Login", "/Account/Lockout", "/consultation", "/consultation/search?q=економіка", "/consultation/status", "/consultation/report", "/results", "/results/data", "/projects", "/projects/status", "/not-found", "/editions/1/print", "/consultation?culture=en&ui-culture=en" })
        {
            await page.GotoAsync(screen);
            findings.AddRange(await SeriousFindingsAsync(page, screen));
        }
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    internal static async Task<IEnumerable<string>> SeriousFindingsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Wcag22AA);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Take(3).Select(n => $"{where}: {v.Id} ({v.Impact}) {string.Join(" ", n.Target)} {n.Html}"));
    }

    /// <summary>The screens a role reaches, with the demo committee's items and editions.</summary>
    private async Task<IReadOnlyList<string>> ScreensAsync(string email)
    {
        await using var db = await browser.App.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var group = await db.WorkingGroups.Where(g => !g.IsCommittee).OrderBy(g => g.Position).Select(g => g.Id).FirstAsync();
        var item = await db.Items.Where(i => i.WorkingGroupId == group && i.LatestVersionNumber > 1).Select(i => i.Id).FirstAsync();
        // The demo's goal: its traits and indicators, on its page and in its editor.
        var goal = await db.Items.Where(i => i.WorkingGroupId == group && i.Kind == ItemKind.Goal).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        // The administrator reaches every screen; the other roles see the same screens with their own
        // actions (submit, verdict, approve, merge), checked where those differ.
        List<string> screens = ["/", $"/items/{item}", $"/items/{item}/compare", "/submissions"];
        if (email is Demo.Admin)
        {
            screens.AddRange([
                $"/groups/{group}", $"/items/{item}/versions/1", $"/items/{item}/edit", "/inbox", "/activity", "/document",
                $"/items/{goal}", $"/items/{goal}/edit", "/sections", "/editions", "/editions/1", "/editions/1?language=en", "/editions/compare", "/monitoring", "/monitoring/progress", "/monitoring/reports", "/calls", "/calls/screening", "/editions/merge", "/consultation/manage", "/consultation/moderation",
                "/consultation/answers", "/admin/users", "/admin/groups", "/admin/strategy", "/admin/import", "/search?q=економіка", "/Account/Manage/ChangePassword",
            ]);
        }
        else if (email is Demo.Chair)
        {
            screens.AddRange(["/editions/merge", "/consultation/manage"]);
        }
        else if (email is Demo.Economy)
        {
            screens.AddRange([$"/groups/{group}", $"/items/{item}/edit", $"/items/{item}/translate/en"]);
        }
        else if (email is Demo.Translator)
        {
            screens.AddRange(["/translations", $"/items/{item}/translate/en", "/editions/1?language=en"]);
        }
        return screens;
    }
}
