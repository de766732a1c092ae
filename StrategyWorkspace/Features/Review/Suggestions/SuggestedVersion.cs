using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Review;

/// <summary>One suggestion a member takes in: where its passage stands in the newest text, and the member's own wording if they changed it.</summary>
internal sealed record ChosenSuggestion(Suggestion Suggestion, PassagePlace Place, string? ChangedText);

/// <summary>
/// The newest text with the accepted suggestions in it. A passage the newest text holds as quoted (moved or not) takes its edit
/// where it stands; so does one edited since, when the member wrote the text over the new wording. Any other (edited, or gone) is
/// applied to the version it was made on and merged three ways into the newest, as two people's saves are; where that merge
/// conflicts the member is told which passage and how it reads now, and nothing is saved.
/// </summary>
internal static class SuggestedVersion
{
    public static string Compose(string newest, IReadOnlyList<ChosenSuggestion> chosen, IReadOnlyDictionary<int, string> bodies)
    {
        var direct = chosen.Where(c => c.Place.Standing is PassageStanding.Same or PassageStanding.Moved
            || (c.Place.Standing == PassageStanding.Edited && c.ChangedText is not null)).ToList();
        var text = Suggestion.ApplyAll(newest, direct.Select(c => (c.Suggestion, c.Place, c.ChangedText)).ToList());
        foreach (var (suggestion, place, changedText) in chosen.Except(direct))
        {
            var written = bodies[suggestion.VersionNumber];
            var suggested = Suggestion.ApplyAll(written, [(suggestion, PassageAnchor.Follow(suggestion.Passage, [written]), changedText)]);
            var merge = TextMerge.Merge(written, text, suggested);
            // A merge that takes nothing in (the lines it touched are gone) is no more an edit than a conflicting one.
            if (!merge.IsClean || merge.Text == text)
            {
                throw place.IsFound
                    ? new InvalidInputException(nameof(Suggestion), "Suggestions_EditedSince", suggestion.Passage, place.Text)
                    : new InvalidInputException(nameof(Suggestion), "Suggestions_GoneSince", suggestion.Passage);
            }
            text = merge.Text;
        }
        return text;
    }
}
