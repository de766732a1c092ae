using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Domain;

/// <summary>A reviewer's passage found again in later versions: word for word, moved, edited inside, duplicated, or gone.</summary>
public sealed class PassageAnchorTests
{
    private const string Passage = "Щороку розміновувати щонайменше дві тисячі гектарів сільськогосподарських угідь.";

    private const string Version1 =
        "Область потребує безпечних полів.\n\n" + Passage + " Роботи веде ДСНС.\n\nФінансування з обласного бюджету.";

    [Fact]
    public void A_passage_still_there_word_for_word_is_the_same_even_with_text_added_elsewhere()
    {
        var version2 = "Вступ до розділу.\n\n" + Version1 + "\n\nЩорічний звіт.";

        var place = PassageAnchor.Follow(Passage, [Version1, version2]);

        Assert.Equal((PassageStanding.Same, Passage, 1.0), (place.Standing, place.Text, place.Similarity));
        Assert.Equal(version2.IndexOf(Passage, StringComparison.Ordinal), place.Start);
    }

    [Fact]
    public void A_passage_that_only_gained_a_word_keeps_its_thread_as_edited_with_its_new_words()
    {
        var edited = "Щороку розміновувати щонайменше дві тисячі гектарів сільськогосподарських угідь і пасовищ.";
        var version2 = Version1.Replace(Passage, edited, StringComparison.Ordinal);

        var place = PassageAnchor.Follow(Passage, [Version1, version2]);

        Assert.Equal((PassageStanding.Edited, edited), (place.Standing, place.Text));
        Assert.Equal(version2.IndexOf(edited, StringComparison.Ordinal), place.Start);
        Assert.True(place.Similarity is >= PassageAnchor.SamePassageAt and < 1, $"{place.Similarity}");
    }

    [Fact]
    public void A_sentence_that_gained_words_at_its_start_is_taken_from_its_new_start()
    {
        const string sentence = "Підприємства області закриваються через бойові дії.";
        const string widened = "Малі підприємства області закриваються через бойові дії.";

        var place = PassageAnchor.Follow(sentence, ["Вступ. " + sentence + " Висновок.", "Вступ. " + widened + " Висновок."]);

        Assert.Equal((PassageStanding.Edited, widened, 7), (place.Standing, place.Text, place.Start));
    }

    [Fact]
    public void A_passage_moved_to_another_paragraph_is_found_and_said_to_have_moved()
    {
        var version2 = "Фінансування з обласного бюджету.\n\nОбласть потребує безпечних полів. Роботи веде ДСНС.\n\nПріоритет: " + Passage;

        var place = PassageAnchor.Follow(Passage, [Version1, version2]);

        Assert.Equal((PassageStanding.Moved, Passage), (place.Standing, place.Text));
    }

    [Fact]
    public void Of_a_passage_that_occurs_twice_the_one_among_its_old_neighbours_is_taken()
    {
        var version2 = Passage + "\n\n" + Version1;

        var place = PassageAnchor.Follow(Passage, [Version1, version2]);

        Assert.Equal(PassageStanding.Same, place.Standing);
        Assert.Equal(version2.LastIndexOf(Passage, StringComparison.Ordinal), place.Start);
    }

    [Fact]
    public void A_passage_rewritten_beyond_four_fifths_of_its_words_or_deleted_is_gone()
    {
        var rewritten = Version1.Replace(Passage, "Очистити всі поля до 2027 року силами міжнародних операторів.", StringComparison.Ordinal);
        var deleted = Version1.Replace(Passage + " ", "", StringComparison.Ordinal);

        Assert.Equal(PassageStanding.Gone, PassageAnchor.Follow(Passage, [Version1, rewritten]).Standing);
        Assert.Equal(PassageStanding.Gone, PassageAnchor.Follow(Passage, [Version1, deleted]).Standing);
        Assert.Equal((false, ""), (PassageAnchor.Follow(Passage, [Version1, deleted]).IsFound, PassageAnchor.Follow(Passage, [Version1, deleted]).Text));
    }

    [Theory]
    // 7 of 8 words kept, one replaced: 2·7 / (8 + 8) = 0.875.
    [InlineData("Щороку розміновувати щонайменше три тисячі гектарів сільськогосподарських угідь.", true)]
    // 6 of 8 kept, two replaced: 2·6 / 16 = 0.75, under the rule's 0.8.
    [InlineData("Щороку розміновувати щонайменше три тисячі гектарів орних угідь.", false)]
    // Case and punctuation aside: the same words.
    [InlineData("щороку розміновувати — щонайменше дві тисячі гектарів сільськогосподарських угідь!", true)]
    public void The_rule_is_four_fifths_of_the_words_alike(string rewritten, bool same)
    {
        var version2 = Version1.Replace(Passage, rewritten, StringComparison.Ordinal);

        Assert.Equal(same, PassageAnchor.Follow(Passage, [Version1, version2]).IsFound);
    }

    [Fact]
    public void A_passage_edited_a_little_in_each_of_several_versions_is_followed_step_by_step()
    {
        var steps = new[]
        {
            "Щороку розміновувати щонайменше дві тисячі гектарів сільськогосподарських угідь і пасовищ.",
            "Щороку розміновувати щонайменше три тисячі гектарів сільськогосподарських угідь і пасовищ.",
            "Щороку розміновувати щонайменше три тисячі гектарів сільськогосподарських угідь, пасовищ і лісів.",
        };
        var bodies = new[] { Version1 }.Concat(steps.Select(s => Version1.Replace(Passage, s, StringComparison.Ordinal))).ToList();

        var place = PassageAnchor.Follow(Passage, bodies);

        Assert.Equal((PassageStanding.Edited, steps[^1]), (place.Standing, place.Text));
    }

    [Fact]
    public void A_short_passage_is_found_only_word_for_word()
    {
        var body = "Дві тисячі гектарів.";

        Assert.Equal(PassageStanding.Same, PassageAnchor.Follow("тисячі гектарів", [body, "Вступ. " + body]).Standing);
        Assert.Equal(PassageStanding.Gone, PassageAnchor.Follow("тисячі гектарів", [body, "Дві тисячі акрів."]).Standing);
    }

    [Fact]
    public void A_passage_found_back_in_an_earlier_version_after_a_change_is_the_same_again()
    {
        var version2 = Version1.Replace("дві тисячі", "три тисячі", StringComparison.Ordinal);

        Assert.Equal(PassageStanding.Same, PassageAnchor.Follow(Passage, [Version1, version2, Version1]).Standing);
    }
}
