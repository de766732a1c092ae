namespace StrategyWorkspace.Tests.Domain;

public sealed class ReviewCommentTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private const string Body = "Перший абзац.\nДругий абзац про безробіття.";

    [Fact]
    public void A_comment_anchors_to_a_passage_the_text_contains()
    {
        var comment = ReviewComment.OnPassage(5, 2, Body, " Другий абзац\r\n", "  Бракує даних ", "expert", Now);

        Assert.Equal(("Другий абзац", "Бракує даних", 5, 2), (comment.Passage, comment.Text, comment.ItemId, comment.VersionNumber));
        Assert.Equal("Comments_PassageNotInText", Assert.Throws<InvalidInputException>(() =>
            ReviewComment.OnPassage(5, 2, Body, "Третій абзац", "Текст", "expert", Now)).MessageKey);
        Assert.Equal("Comments_PassageRequired", Assert.Throws<InvalidInputException>(() =>
            ReviewComment.OnPassage(5, 2, Body, " ", "Текст", "expert", Now)).MessageKey);
        Assert.Equal("Comments_TextRequired", Assert.Throws<InvalidInputException>(() =>
            ReviewComment.OnPassage(5, 2, Body, "Перший", " ", "expert", Now)).MessageKey);
        Assert.Equal("Text", Assert.Throws<InvalidInputException>(() =>
            ReviewComment.OnPassage(5, 2, Body, "Перший", new string('к', ReviewComment.MaxTextLength + 1), "expert", Now)).Field);
    }

    [Fact]
    public void A_reply_joins_its_thread_and_a_reply_is_not_replied_to()
    {
        var thread = ReviewComment.OnPassage(5, 2, Body, "Перший", "Питання", "expert", Now);
        thread.Id = 9;

        var reply = ReviewComment.ReplyTo(thread, "Відповідь", "member", Now);

        Assert.Equal((9, 5, 2, (string?)null), (reply.ParentId, reply.ItemId, reply.VersionNumber, reply.Passage));
        Assert.Throws<WorkspaceRuleException>(() => ReviewComment.ReplyTo(reply, "Ще", "expert", Now));
    }
}
