using Bunit;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Dashboard;

public sealed class WorkQueuePanelTests : WorkspaceComponentTest
{
    private static QueuedVersion Version(int itemId, RevisionState state = RevisionState.Submitted, string title = "Економіка області потребує відновлення") =>
        new(itemId, new ItemNumber(1, ItemKind.Problem, itemId), title, "Економіка і екологія", 2, state, new DateTimeOffset(2026, 12, 1, 20, 51, 0, TimeSpan.Zero), 1, 2);

    private static WorkQueue Empty => new(null, null, null, null, null, null);

    [Fact]
    public void An_expert_sees_the_first_versions_to_review_each_opening_on_its_changes_and_a_way_to_the_rest()
    {
        var queue = Empty with { ToReview = Enumerable.Range(1, 7).Select(id => Version(id)).ToList() };

        var panel = Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue));

        var list = panel.Find("section[aria-labelledby=queue-to-review]");
        Assert.Equal("На рецензування: 7", list.QuerySelector("h3")!.TextContent.Trim());
        var links = list.QuerySelectorAll("li a");
        Assert.Equal(WorkQueue.Shown, links.Length);
        Assert.Equal(("/items/1/compare", "1.1.1 Економіка області потребує відновлення"), (links[0].GetAttribute("href"), links[0].TextContent.Trim()));
        Assert.Contains("Економіка і екологія, версія 2", list.TextContent);
        Assert.Contains("підтримали: 1; просять змін: 2", list.TextContent);
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/submissions" && a.TextContent.Trim() == "Усі 7 у поданнях на розгляд");
    }

    [Fact]
    public void The_chair_sees_approvals_and_links_to_moderation_and_the_merge_with_their_counts()
    {
        var queue = Empty with { ToApprove = [Version(3)], ToReview = [], ProposalsToModerate = 4, VersionsToMerge = 2, SentBack = [] };

        var panel = Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue));

        Assert.Equal("На затвердження: 1", panel.Find("#queue-to-approve").TextContent.Trim());
        Assert.Empty(panel.FindAll("#queue-to-review"));
        Assert.Empty(panel.FindAll("#queue-sent-back"));
        var counts = panel.FindAll(".queue-counts a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(
            [("/consultation/moderation", "Пропозицій громадськості на модерацію: 4"), ("/editions/merge", "Схвалених змін, яких ще немає в документі: 2")],
            counts);
        // A list of one says no more than it shows.
        Assert.DoesNotContain("Усі 1", panel.Markup);
    }

    [Fact]
    public void A_group_sees_what_came_back_to_it_on_the_item_and_its_proposals_to_answer()
    {
        var queue = Empty with { SentBack = [Version(5, RevisionState.Rejected)], ProposalsToAnswer = 3 };

        var panel = Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue));

        var list = panel.Find("section[aria-labelledby=queue-sent-back]");
        Assert.Equal("/items/5", list.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Contains("відхилено", list.TextContent);
        Assert.DoesNotContain("підтримали", list.TextContent);
        Assert.Equal("/consultation/answers", panel.Find(".queue-counts a").GetAttribute("href"));
    }

    [Fact]
    public void Nothing_waiting_is_said_in_words_in_either_language()
    {
        var queue = Empty with { ToReview = [], ProposalsToAnswer = 0 };

        Assert.Contains("Зараз на вас нічого не чекає.", Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue)).Markup);
        UseCulture("en");
        var english = Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue));
        Assert.Equal("Waiting for you", english.Find("h2").TextContent.Trim());
        Assert.Contains("Nothing is waiting for you now.", english.Markup);
    }

    [Fact]
    public void Hostile_titles_are_shown_as_text()
    {
        var queue = Empty with { ToReview = [Version(1, title: "<script>alert(1)</script>")] };

        var panel = Render<WorkQueuePanel>(p => p.Add(c => c.Queue, queue));

        Assert.Empty(panel.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", panel.Find("li a").TextContent);
    }
}
