using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Domain;
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

    private static CommentThread Thread(bool outdated) => Thread(outdated ? PassagePlace.Gone : new PassagePlace(PassageStanding.Same, "безробіття зростає", 0, 1));

    private static CommentThread Thread(PassagePlace place) => new(
        1, 2, "безробіття зростає", "Міжнародний експерт", "Наведіть цифри.", DateTimeOffset.UtcNow, place,
        [new CommentReply(2, "Олена Коваленко", "Додали у версії 3.", DateTimeOffset.UtcNow)]);

    [Fact]
    public void A_passage_edited_since_the_comment_shows_what_changed_in_words_and_the_thread_stays_current()
    {
        var view = Render<CommentThreadView>(p => p.Add(c => c.Thread, Thread(new PassagePlace(PassageStanding.Edited, "безробіття швидко зростає", 10, 0.8))));

        var passage = view.Find("blockquote");
        Assert.Contains("Фрагмент змінено після версії 2; коментар стосується його й далі:", passage.TextContent);
        Assert.Equal(("додано:", "швидко"), (passage.QuerySelector("ins .visually-hidden")!.TextContent.Trim(), passage.QuerySelector("ins")!.TextContent.Replace("додано:", "").Trim()));
        Assert.DoesNotContain("outdated", view.Find("article").ClassList);
        Assert.DoesNotContain("Застарілий", view.Markup);
    }

    [Fact]
    public void A_moved_passage_says_so_and_keeps_its_words()
    {
        var view = Render<CommentThreadView>(p => p.Add(c => c.Thread, Thread(new PassagePlace(PassageStanding.Moved, "безробіття зростає", 40, 1))));

        Assert.Contains("Фрагмент перенесено в інше місце тексту після версії 2", view.Find("blockquote").TextContent);
        Assert.Contains("безробіття зростає", view.Find("blockquote").TextContent);
        Assert.Empty(view.FindAll("blockquote ins, blockquote del"));
    }

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
