using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class CommentThreadViewTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    public CommentThreadViewTests(WorkspaceFixture fixture)
    {
        Services.AddSingleton(fixture.App.Scoped<CommentService>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    private static CommentThread Thread(bool outdated) => new(
        1, 2, "безробіття зростає", "Міжнародний експерт", "Наведіть цифри.", DateTimeOffset.UtcNow, outdated,
        [new CommentReply(2, "Олена Коваленко", "Додали у версії 3.", DateTimeOffset.UtcNow)]);

    [Fact]
    public void Shows_the_passage_the_comment_and_its_replies()
    {
        var view = Render<CommentThreadView>(p => p.Add(c => c.Thread, Thread(false)));

        Assert.Contains("безробіття зростає", view.Find("blockquote").TextContent);
        Assert.Contains("Наведіть цифри.", view.Markup);
        Assert.Contains("Додали у версії 3.", view.Find(".comment-replies").TextContent);
        Assert.Equal("Коментар: Міжнародний експерт", view.Find("article").GetAttribute("aria-label"));
        Assert.DoesNotContain("Застарілий", view.Markup);
    }

    [Fact]
    public void Marks_an_outdated_comment_in_words_not_only_by_style()
    {
        var view = Render<CommentThreadView>(p => p.Add(c => c.Thread, Thread(true)));

        Assert.Contains("outdated", view.Find("article").ClassList);
        Assert.Contains("Застарілий: фрагмента вже немає в цій версії", view.Find("blockquote").TextContent);
    }
}
