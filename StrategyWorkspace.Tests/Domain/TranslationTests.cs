using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Domain;

public sealed class TranslationTests
{
    [Fact]
    public void A_translation_is_current_while_the_source_text_it_translates_is_the_one_shown()
    {
        Assert.Equal(TranslationStanding.Current, Translation.StandingOf(("Безробіття", "Зростає."), ("Безробіття", "Зростає.")));
    }

    [Fact]
    public void A_newer_source_text_or_title_outdates_it_and_none_is_missing()
    {
        Assert.Equal(TranslationStanding.Outdated, Translation.StandingOf(("Безробіття", "Зростає."), ("Безробіття", "Зростає швидко.")));
        Assert.Equal(TranslationStanding.Outdated, Translation.StandingOf(("Безробіття", "Зростає."), ("Безробіття в області", "Зростає.")));
        Assert.Equal(TranslationStanding.Missing, Translation.StandingOf(null, ("Безробіття", "Зростає.")));
    }

    [Theory]
    [InlineData("", "Text", "Title", "Translations_TitleRequired")]
    [InlineData("  ", "Text", "Title", "Translations_TitleRequired")]
    public void A_translation_needs_a_title(string title, string body, string field, string key)
    {
        var error = Assert.Throws<InvalidInputException>(() => Translation.Write(1, "en", 1, 1, title, body, null, "t", DateTimeOffset.UnixEpoch));
        Assert.Equal((field, key), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Texts_over_the_items_limits_are_refused_and_line_ends_are_made_one()
    {
        Assert.Equal("Body", Assert.Throws<InvalidInputException>(() =>
            Translation.Write(1, "en", 1, 1, "T", new string('x', Item.MaxBodyLength + 1), null, "t", DateTimeOffset.UnixEpoch)).Field);
        Assert.Equal("Title", Assert.Throws<InvalidInputException>(() =>
            Translation.Write(1, "en", 1, 1, new string('x', Item.MaxTitleLength + 1), "", null, "t", DateTimeOffset.UnixEpoch)).Field);
        Assert.Equal("One\nTwo", Translation.Write(1, "en", 1, 1, "T", "One\r\nTwo", null, "t", DateTimeOffset.UnixEpoch).Body);
    }
}
