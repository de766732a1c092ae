namespace StrategyWorkspace.Tests.Domain;

public sealed class ActivityEntryTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_note_longer_than_the_log_keeps_is_shortened_and_says_so()
    {
        var verdictNote = new string('н', Verdict.MaxNoteLength);

        var entry = new ActivityEntry(ActivityKind.Verdict, "expert", Now, 1, 2, 3, $"{VerdictKind.RequestChanges}: {verdictNote}");

        Assert.Equal(ActivityEntry.MaxNoteLength, entry.Note!.Length);
        Assert.StartsWith("RequestChanges: ннн", entry.Note);
        Assert.EndsWith("…", entry.Note);
    }

    [Fact]
    public void A_blank_note_is_none_and_a_short_one_is_kept_trimmed()
    {
        Assert.Null(new ActivityEntry(ActivityKind.Submitted, "member", Now, 1, 2, 3, "  ").Note);
        Assert.Equal("Подано", new ActivityEntry(ActivityKind.Submitted, "member", Now, 1, 2, 3, " Подано ").Note);
    }
}
