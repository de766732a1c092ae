using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// An edition in a target language. Each item it holds reads as the translation of exactly the text the edition holds: the newest
/// translation whose source title and text are that version's (the rule of <see cref="Translation.StandingOf"/>; a translation of a
/// later version that left the text as it was counts). Where there is none the source text stays, marked outdated when an earlier
/// version was translated and missing when none was, so nothing in the English edition says what the merged text does not. A translation written after the merge joins the edition: it
/// changes nothing the chair merged, only which language it can be read in.
/// </summary>
internal static class EditionTranslations
{
    public static async Task<EditionDocument> TranslateAsync(WorkspaceDbContext db, int editionId, EditionDocument document, string language,
        string sourceLanguage, CancellationToken cancellationToken)
    {
        // One query for the whole edition: every translation of an item it holds, with the source text it translated.
        var translations = await (
                from translation in db.Translations.AsNoTracking()
                where translation.Language == language
                join entry in db.EditionEntries on translation.ItemId equals entry.ItemId
                where entry.EditionId == editionId
                join translated in db.ItemVersions on new { translation.ItemId, Number = translation.SourceVersionNumber }
                    equals new { translated.ItemId, translated.Number }
                select new
                {
                    translation.ItemId, translation.Number, translation.SourceVersionNumber, translation.Title, translation.Body,
                    Source = new { translated.Title, translated.Body }, Held = entry.VersionNumber,
                })
            .ToListAsync(cancellationToken);
        var byItem = translations.ToLookup(t => t.ItemId);

        var held = document.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Concat(document.Sections.Held).ToList();
        // Current: the newest translation of this very text (of the held version, or of another with the same title and text).
        // Otherwise outdated when one was made of an earlier version, missing when none was.
        var current = new Dictionary<int, (string Title, string Body)>();
        var standings = new Dictionary<int, EditionItemLanguage>();
        foreach (var item in held)
        {
            var candidates = byItem[item.ItemId].OrderByDescending(t => t.Number).ToList();
            if (candidates.FirstOrDefault(t => Translation.StandingOf((t.Source.Title, t.Source.Body), (item.Title, item.Body)) == TranslationStanding.Current)
                is { } same)
            {
                current[item.ItemId] = (same.Title, same.Body);
                standings[item.ItemId] = new EditionItemLanguage(language, sourceLanguage, TranslationStanding.Current, same.SourceVersionNumber);
            }
            else
            {
                var earlier = candidates.FirstOrDefault(t => t.SourceVersionNumber < t.Held);
                standings[item.ItemId] = new EditionItemLanguage(language, sourceLanguage,
                    earlier is null ? TranslationStanding.Missing : TranslationStanding.Outdated, earlier?.SourceVersionNumber);
            }
        }
        bool IsCurrent(int itemId) => current.ContainsKey(itemId);

        // Links and the goal served name their items by title: in the translation where that item's is current.
        EditionLinkView Link(EditionLinkView link) => IsCurrent(link.ItemId) ? link with { Title = current[link.ItemId].Title } : link;
        EditionItem Item(EditionItem item) => (IsCurrent(item.ItemId)
                ? item with { Title = current[item.ItemId].Title, Body = current[item.ItemId].Body }
                : item)
            with
            {
                LinksTo = item.LinksTo.Select(Link).ToList(),
                LinkedFrom = item.LinkedFrom.Select(Link).ToList(),
                ServesGoal = item.ServesGoal is { } served ? Link(served) : null,
                Language = standings[item.ItemId],
            };

        return document with
        {
            Groups = document.Groups.Select(g => g with { Sections = g.Sections.Select(s => s with { Items = s.Items.Select(Item).ToList() }).ToList() }).ToList(),
            Sections = new CommitteeSections(document.Sections.Held.Select(Item).ToList()),
            TranslatedInto = language,
        };
    }
}
