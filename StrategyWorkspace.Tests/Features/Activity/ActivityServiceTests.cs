using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

using static StrategyWorkspace.Tests.Domain.ItemNumberTests;

namespace StrategyWorkspace.Tests.Features.Activity;

public sealed class ActivityServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private async Task<(int GroupId, int ItemId, string Member, string Chair)> HistoryAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var chair = await app.UserIdAsync(Demo.Chair);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Task, new DraftInput { Title = Demo.Unique("Завдання"), ChangeNote = "перша редакція" }, []);
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, "на затвердження");
        await app.Scoped<ReviewService>().RejectAsync(chair, id, 1, "Бракує строків");
        return (group, id, member, chair);
    }

    [Fact]
    public async Task An_items_log_lists_every_step_newest_first_with_who_and_why()
    {
        var (_, id, _, _) = await HistoryAsync();

        var log = await app.Scoped<ActivityService>().ListAsync(await app.UserIdAsync(Demo.Expert), new ActivityFilter(ItemId: id));

        Assert.Equal([ActivityKind.Rejected, ActivityKind.Submitted, ActivityKind.VersionSaved], log.Select(r => r.Kind));
        Assert.Equal(["Голова комітету", "Олена Коваленко", "Олена Коваленко"], log.Select(r => r.Person));
        Assert.Equal(["Бракує строків", "на затвердження", "перша редакція"], log.Select(r => r.Note));
        Assert.All(log, r => Assert.StartsWith("1.4.", r.ItemNumber.ToString()));
    }

    [Fact]
    public async Task The_next_page_starts_after_the_last_row_shown_even_when_entries_share_a_time()
    {
        var (_, id, member, _) = await HistoryAsync();
        var at = DateTimeOffset.UtcNow.AddYears(-2);
        await using (var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            // Three entries of one moment: the page boundary may fall between them.
            db.Activity.AddRange(Enumerable.Range(1, 3).Select(n => new ActivityEntry(ActivityKind.Commented, member, at, null, id, 1, $"мить {n}")));
            await db.SaveChangesAsync();
        }
        var activity = app.Scoped<ActivityService>();
        var reader = await app.UserIdAsync(Demo.Expert);
        var all = await activity.ListAsync(reader, new ActivityFilter(ItemId: id));

        var afterFirst = await activity.ListAsync(reader, new ActivityFilter(ItemId: id), olderThan: all[0]);
        var afterTie = await activity.ListAsync(reader, new ActivityFilter(ItemId: id), olderThan: all[^2]);

        Assert.Equal(6, all.Count);
        Assert.Equal(all.Skip(1).Select(r => r.Id), afterFirst.Select(r => r.Id));
        Assert.Equal([all[^1].Id], afterTie.Select(r => r.Id));
    }

    [Fact]
    public async Task The_strategy_log_filters_by_group_person_kind_and_dates()
    {
        var (group, id, member, chair) = await HistoryAsync();
        var activity = app.Scoped<ActivityService>();
        var reader = await app.UserIdAsync(Demo.Admin);

        Assert.All(await activity.ListAsync(reader, new ActivityFilter(PersonId: chair)), r => Assert.Equal("Голова комітету", r.Person));
        Assert.All(await activity.ListAsync(reader, new ActivityFilter(Kind: ActivityKind.Rejected)), r => Assert.Equal(ActivityKind.Rejected, r.Kind));
        Assert.Contains(await activity.ListAsync(reader, new ActivityFilter(GroupId: group)), r => r.ItemId == id);
        Assert.Empty(await activity.ListAsync(reader, new ActivityFilter(GroupId: group, To: DateTimeOffset.UtcNow.AddYears(-1))));
        Assert.Contains(await activity.ListAsync(reader, new ActivityFilter(From: DateTimeOffset.UtcNow.AddHours(-1), PersonId: member)), r => r.ItemId == id);
        Assert.Contains(await activity.PeopleAsync(reader), p => p.Id == chair);
    }

    [Fact]
    public async Task Nobody_signed_out_reads_the_log()
    {
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ActivityService>().ListAsync(null, new ActivityFilter()));
    }

    [Fact]
    public void An_entry_cannot_be_changed_once_written()
    {
        Assert.DoesNotContain(typeof(ActivityEntry).GetProperties(), p => p.SetMethod?.IsPublic == true);
    }
}

public sealed class ActivityTableTests : WorkspaceComponentTest
{
    public ActivityTableTests() => Services.AddSingleton(Options.Create(new WorkspaceOptions()));

    [Fact]
    public void Shows_each_event_in_the_readers_language_with_the_reason()
    {
        ActivityRow[] rows =
        [
            new(2, DateTimeOffset.UtcNow, "Голова комітету", ActivityKind.Rejected, 5, N("1.1.1"), "Безробіття", 2, "Бракує статистики"),
            new(1, DateTimeOffset.UtcNow, "Олена Коваленко", ActivityKind.Submitted, 5, N("1.1.1"), "Безробіття", 2, null),
        ];

        var table = Render<ActivityTable>(p => p.Add(c => c.Rows, rows));

        var cells = table.FindAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["Голова комітету", "Відхилено", "1.1.1 Безробіття", "2", "Бракує статистики"], cells[1..]);
        UseCulture("en");
        var english = Render<ActivityTable>(p => p.Add(c => c.Rows, rows));
        Assert.Contains("Rejected", english.Markup);
    }
}
