using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Domain;

/// <summary>An expert's suggested edit: what it may be, how the group decides it, and the text several accepted ones make.</summary>
public sealed class SuggestionTests
{
    private const string Body = "Щороку розміновувати дві тисячі гектарів угідь. Роботи веде ДСНС.";
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static Suggestion Suggest(string passage, SuggestionKind kind, string? text = null, string? reason = "Уточнення.") =>
        Suggestion.On(7, 2, Body, passage, kind, text, reason, "expert", Now);

    private static PassagePlace Place(string passage) => PassageAnchor.Follow(passage, [Body]);

    [Fact]
    public void A_suggestion_is_on_a_passage_of_its_version_and_an_empty_replacement_is_not_a_silent_deletion()
    {
        var suggestion = Suggest("дві тисячі", SuggestionKind.Replace, "  три тисячі ");

        Assert.Equal((7, 2, "дві тисячі", "три тисячі", SuggestionState.Open), (suggestion.ItemId, suggestion.VersionNumber, suggestion.Passage, suggestion.Text, suggestion.State));
        Assert.Equal("Suggestions_PassageNotInText", Refusal(() => Suggest("п'ять тисяч", SuggestionKind.Replace, "шість")));
        Assert.Equal("Suggestions_PassageRequired", Refusal(() => Suggest("  ", SuggestionKind.Delete)));
        Assert.Equal("Suggestions_TextRequired", Refusal(() => Suggest("дві тисячі", SuggestionKind.Replace, " ")));
        Assert.Equal("Suggestions_TextRequired", Refusal(() => Suggest("угідь.", SuggestionKind.InsertAfter, "")));
        Assert.Equal("Suggestions_TextUnchanged", Refusal(() => Suggest("дві тисячі", SuggestionKind.Replace, "дві тисячі")));
        Assert.Equal("Text", Assert.Throws<InvalidInputException>(() => Suggest("дві тисячі", SuggestionKind.Replace, new string('ж', Suggestion.MaxTextLength + 1))).Field);
        Assert.Equal("", Suggest("дві тисячі", SuggestionKind.Delete, "ignored").Text);
    }

    [Fact]
    public void A_member_accepts_as_suggested_or_with_changes_or_declines_with_a_reason_and_only_once()
    {
        var accepted = Suggest("дві тисячі", SuggestionKind.Replace, "три тисячі");
        var changed = Suggest("дві тисячі", SuggestionKind.Replace, "три тисячі");
        var declined = Suggest("Роботи веде ДСНС.", SuggestionKind.Delete);

        accepted.Accept("member", 3, null, Now);
        changed.Accept("member", 3, "дві з половиною тисячі", Now);
        Assert.Equal("Suggestions_ReasonRequired", Refusal(() => declined.Decline("member", " ", Now)));
        declined.Decline("member", "ДСНС лишається виконавцем.", Now);

        Assert.Equal((SuggestionState.Accepted, 3, (string?)null), (accepted.State, accepted.TakenInVersion, accepted.Decision));
        Assert.Equal((SuggestionState.AcceptedWithChanges, "дві з половиною тисячі"), (changed.State, changed.Decision));
        Assert.Equal((SuggestionState.Declined, "ДСНС лишається виконавцем.", (int?)null), (declined.State, declined.Decision, declined.TakenInVersion));
        Assert.Equal("Suggestions_AlreadyDecided", Assert.Throws<WorkspaceRuleException>(() => accepted.Decline("member", "ні", Now)).MessageKey);
        Assert.Equal("Suggestions_AlreadyDecided", Assert.Throws<WorkspaceRuleException>(() => declined.Accept("member", 4, null, Now)).MessageKey);
    }

    [Fact]
    public void Several_accepted_suggestions_make_one_text_each_where_its_passage_stands()
    {
        var replace = Suggest("дві тисячі", SuggestionKind.Replace, "три тисячі");
        var insert = Suggest("гектарів угідь", SuggestionKind.InsertAfter, "і пасовищ");
        var delete = Suggest("Роботи веде ДСНС.", SuggestionKind.Delete);

        var text = Suggestion.ApplyAll(Body, [(replace, Place("дві тисячі"), null), (delete, Place("Роботи веде ДСНС."), null), (insert, Place("гектарів угідь"), null)]);

        Assert.Equal("Щороку розміновувати три тисячі гектарів угідь і пасовищ.", text);
    }

    [Fact]
    public void A_word_deleted_from_a_sentence_leaves_one_space_and_a_changed_acceptance_puts_the_members_words()
    {
        var delete = Suggest("дві", SuggestionKind.Delete);
        var replace = Suggest("ДСНС", SuggestionKind.Replace, "ДСНС України");

        var text = Suggestion.ApplyAll(Body, [(delete, Place("дві"), null), (replace, Place("ДСНС"), "Державна служба з надзвичайних ситуацій")]);

        Assert.Equal("Щороку розміновувати тисячі гектарів угідь. Роботи веде Державна служба з надзвичайних ситуацій.", text);
    }

    [Theory]
    [InlineData("Перше. Друге.", "Друге.", "Перше.")]
    [InlineData("Перше. Друге.\nТретє.", "Друге.", "Перше.\nТретє.")]
    [InlineData("Перше. Друге.", "Перше.", "Друге.")]
    [InlineData("Перше.\nДруге третє.", "Друге", "Перше.\nтретє.")]
    public void A_deletion_at_either_end_of_a_line_leaves_no_stray_space(string body, string passage, string expected)
    {
        var delete = Suggestion.On(1, 1, body, passage, SuggestionKind.Delete, null, null, "expert", DateTimeOffset.UnixEpoch);
        var place = new PassagePlace(PassageStanding.Same, passage, body.IndexOf(passage, StringComparison.Ordinal), 1);

        Assert.Equal(expected, Suggestion.ApplyAll(body, [(delete, place, null)]));
    }

    [Fact]
    public void Suggestions_on_the_same_words_or_on_a_passage_that_is_gone_are_not_applied()
    {
        var first = Suggest("дві тисячі", SuggestionKind.Replace, "три тисячі");
        var second = Suggest("тисячі гектарів", SuggestionKind.Replace, "тисячі акрів");

        Assert.Equal("Suggestions_Overlap", Assert.Throws<WorkspaceRuleException>(() =>
            Suggestion.ApplyAll(Body, [(first, Place("дві тисячі"), null), (second, Place("тисячі гектарів"), null)])).MessageKey);
        Assert.Equal("Suggestions_PassageGone", Assert.Throws<WorkspaceRuleException>(() =>
            Suggestion.ApplyAll(Body, [(first, PassagePlace.Gone, null)])).MessageKey);
    }

    private static string Refusal(Action action) => Assert.Throws<InvalidInputException>(action).MessageKey;
}
