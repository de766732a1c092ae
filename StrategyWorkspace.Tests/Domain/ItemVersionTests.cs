using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Domain;

public sealed class ItemVersionTests
{
    private static readonly DateTimeOffset Now = new(2016, 9, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Versions_are_numbered_one_two_three_each_based_on_what_the_author_started_from()
    {
        var item = new Item { Kind = ItemKind.Problem };

        var first = item.AddVersion("Безробіття", "Текст", null, "a", "", Now);
        var second = item.AddVersion("Безробіття молоді", "Текст 2", 1, "b", "уточнено", Now);
        var third = item.AddVersion("Безробіття молоді", "Текст 3", 1, "a", "", Now);

        Assert.Equal([1, 2, 3], item.Versions.Select(v => v.Number));
        Assert.Equal(3, item.LatestVersionNumber);
        Assert.Null(first.BasedOnNumber);
        Assert.Equal(1, second.BasedOnNumber);
        Assert.Equal(1, third.BasedOnNumber);
    }

    [Fact]
    public void A_base_that_does_not_exist_is_refused()
    {
        var item = new Item();
        item.AddVersion("T", "", null, "a", "", Now);

        Assert.Throws<WorkspaceRuleException>(() => item.AddVersion("T", "", 5, "a", "", Now));
        Assert.Throws<WorkspaceRuleException>(() => item.AddVersion("T", "", 0, "a", "", Now));
    }

    [Fact]
    public void Text_is_stored_with_plain_line_feeds_and_a_trimmed_title()
    {
        var version = new Item().AddVersion("  Назва  ", "рядок 1\r\nрядок 2\rрядок 3", null, "a", " нотатка ", Now);

        Assert.Equal("Назва", version.Title);
        Assert.Equal("рядок 1\nрядок 2\nрядок 3", version.Body);
        Assert.Equal("нотатка", version.ChangeNote);
    }

    [Fact]
    public void A_saved_version_exposes_no_way_to_change_its_text()
    {
        var settable = typeof(ItemVersion).GetProperties()
            .Where(p => p.Name is nameof(ItemVersion.Title) or nameof(ItemVersion.Body) or nameof(ItemVersion.Number) or nameof(ItemVersion.AuthorId))
            .Where(p => p.SetMethod?.IsPublic == true);
        Assert.Empty(settable);
    }

    [Fact]
    public void A_new_version_is_a_draft_that_moves_through_submission_to_approval()
    {
        var item = new Item();
        var version = item.AddVersion("T", "", null, "a", "", Now);
        Assert.Equal(RevisionState.Draft, version.State);

        item.Submit(version, "a", null, Now);
        Assert.Equal(RevisionState.Submitted, version.State);
        item.Withdraw(version, "a", Now);
        Assert.Equal(RevisionState.Draft, version.State);
        item.Submit(version, "a", null, Now);
        item.Approve(version, "chair", null, Now);
        Assert.Equal(RevisionState.Approved, version.State);
    }

    [Fact]
    public void Only_a_submitted_version_can_be_approved_rejected_or_withdrawn()
    {
        var item = new Item();
        var draft = item.AddVersion("T", "", null, "a", "", Now);

        Assert.Throws<WorkspaceRuleException>(() => item.Approve(draft, "chair", null, Now));
        Assert.Throws<WorkspaceRuleException>(() => item.Reject(draft, "chair", "ні", Now));
        Assert.Throws<WorkspaceRuleException>(() => item.Withdraw(draft, "a", Now));

        item.Submit(draft, "a", null, Now);
        item.Reject(draft, "chair", "ні", Now);
        Assert.Equal(RevisionState.Rejected, draft.State);
        Assert.Throws<WorkspaceRuleException>(() => item.Submit(draft, "a", null, Now));
        Assert.Throws<WorkspaceRuleException>(() => item.Approve(draft, "chair", null, Now));
    }

    [Fact]
    public void A_version_changes_state_only_through_its_item()
    {
        var moves = typeof(ItemVersion).GetMethods()
            .Where(m => m.Name is "Submit" or "Withdraw" or "Approve" or "Reject" or "Supersede");
        Assert.Empty(moves);
    }

    [Theory]
    [InlineData(ItemKind.Solution, ItemKind.Problem)]
    [InlineData(ItemKind.Goal, ItemKind.Problem)]
    [InlineData(ItemKind.Task, ItemKind.Goal)]
    public void Each_kind_links_to_the_kind_the_design_names(ItemKind kind, ItemKind target)
    {
        Assert.Equal(target, kind.LinksTo());
    }

    [Fact]
    public void A_problem_links_to_nothing()
    {
        Assert.Null(ItemKind.Problem.LinksTo());
    }
}
