using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class CommentServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private CommentService Comments => app.Scoped<CommentService>();

    private async Task<(string Member, int ItemId)> ItemAsync(string body)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = Demo.Unique("Коментоване"), Body = body }, []);
        return (member, id);
    }

    [Fact]
    public async Task A_comment_stays_attached_while_the_passage_remains_and_is_outdated_but_kept_when_it_goes()
    {
        var (member, id) = await ItemAsync("Рівень безробіття зростає.\nДругий рядок.");
        var expert = await app.UserIdAsync(Demo.Expert);
        await Comments.CommentAsync(expert, id, 1, "безробіття зростає", "Наведіть цифри.");
        var drafting = app.Scoped<DraftingService>();
        await drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Рівень безробіття зростає.\nДругий рядок змінено." });
        await drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = "Т", Body = "Рівень безробіття спадає.\nДругий рядок змінено." });

        var onTwo = Assert.Single(await Comments.ThreadsAsync(expert, id, 2));
        var onThree = Assert.Single(await Comments.ThreadsAsync(expert, id, 3));

        Assert.False(onTwo.IsOutdated);
        Assert.True(onThree.IsOutdated);
        Assert.Equal(("безробіття зростає", "Наведіть цифри.", 1), (onThree.Passage, onThree.Text, onThree.WrittenOnVersion));
    }

    [Fact]
    public async Task A_comment_follows_its_sentence_through_versions_that_moved_it_or_added_a_word_to_it()
    {
        const string sentence = "Рівень безробіття в області вдвічі вищий за середній по Україні.";
        var (member, id) = await ItemAsync("Вступ.\n\n" + sentence + "\n\nВисновки.");
        var expert = await app.UserIdAsync(Demo.Expert);
        await Comments.CommentAsync(expert, id, 1, sentence, "Наведіть джерело.");
        var drafting = app.Scoped<DraftingService>();
        await drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Вступ.\n\nВисновки.\n\n" + sentence });
        var widened = "Рівень зареєстрованого безробіття в області вдвічі вищий за середній по Україні.";
        await drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = "Т", Body = "Вступ.\n\nВисновки.\n\n" + widened });

        var onTwo = Assert.Single(await Comments.ThreadsAsync(expert, id, 2));
        var onThree = Assert.Single(await Comments.ThreadsAsync(expert, id, 3));
        var backOnOne = Assert.Single(await Comments.ThreadsAsync(expert, id, 1));

        Assert.Equal((PassageStanding.Moved, sentence, false), (onTwo.Place.Standing, onTwo.PassageNow, onTwo.IsOutdated));
        Assert.Equal((PassageStanding.Edited, widened, false), (onThree.Place.Standing, onThree.PassageNow, onThree.IsOutdated));
        Assert.Equal((sentence, 1), (onThree.Passage, onThree.WrittenOnVersion));
        Assert.Equal(PassageStanding.Same, backOnOne.Place.Standing);
    }

    [Fact]
    public async Task Members_of_the_group_reply_and_are_told_of_comments()
    {
        var (member, id) = await ItemAsync("Текст для коментаря.");
        var expert = await app.UserIdAsync(Demo.Expert);
        var before = await app.Scoped<NotificationService>().UnreadCountAsync(member);

        var comment = await Comments.CommentAsync(expert, id, 1, "для коментаря", "Уточніть.");
        await Comments.ReplyAsync(member, comment, "Уточнили у версії 2.");

        var thread = Assert.Single(await Comments.ThreadsAsync(member, id, 1));
        Assert.Equal(["Уточнили у версії 2."], thread.Replies.Select(r => r.Text));
        Assert.Equal(before + 1, await app.Scoped<NotificationService>().UnreadCountAsync(member));
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Activity.CountAsync(a => a.ItemId == id && a.Kind == ActivityKind.Commented));
    }

    [Theory]
    [InlineData("", "текст", "Passage", "Comments_PassageRequired")]
    [InlineData("немає такого", "текст", "Passage", "Comments_PassageNotInText")]
    [InlineData("Текст", "  ", "Text", "Comments_TextRequired")]
    public async Task Bad_comments_are_refused_on_their_field(string passage, string text, string field, string key)
    {
        var (_, id) = await ItemAsync("Текст для перевірки.");
        var expert = await app.UserIdAsync(Demo.Expert);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Comments.CommentAsync(expert, id, 1, passage, text));
        Assert.Equal((field, key), (error.Field, error.MessageKey));
    }

    [Fact]
    public async Task A_comment_over_ten_thousand_characters_is_refused()
    {
        var (_, id) = await ItemAsync("Текст.");
        var expert = await app.UserIdAsync(Demo.Expert);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Comments.CommentAsync(expert, id, 1, "Текст", new string('ж', 10_001)));
        Assert.Equal("Text", error.Field);
    }

    [Fact]
    public async Task Members_do_not_start_threads_and_other_groups_do_not_reply()
    {
        var (member, id) = await ItemAsync("Текст групи.");
        var expert = await app.UserIdAsync(Demo.Expert);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Comments.CommentAsync(member, id, 1, "Текст", "Сам собі"));
        var comment = await Comments.CommentAsync(expert, id, 1, "Текст", "Питання");
        var outsider = await app.UserIdAsync(Demo.Social);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Comments.ReplyAsync(outsider, comment, "Чужа відповідь"));
    }
}

public sealed class CommentReplyNotificationTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    [Fact]
    public async Task The_expert_who_started_a_thread_is_told_of_a_reply()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var expert = await app.UserIdAsync(Demo.Expert);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = Demo.Unique("Тред"), Body = "Абзац для розмови." }, []);
        var comment = await app.Scoped<CommentService>().CommentAsync(expert, id, 1, "для розмови", "Питання?");
        var before = await app.Scoped<NotificationService>().UnreadCountAsync(expert);

        await app.Scoped<CommentService>().ReplyAsync(member, comment, "Відповідь.");

        Assert.Equal(before + 1, await app.Scoped<NotificationService>().UnreadCountAsync(expert));
    }
}
