using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Export;

/// <summary>A file to download: its bytes, content type and name.</summary>
internal sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Turns editions and comparisons into files. Rights are the reading rights of
/// <see cref="EditionReader"/>: anyone signed in.
/// </summary>
internal sealed class EditionExports(EditionReader editions, IStringLocalizer<SharedResource> localizer, IOptions<WorkspaceOptions> options, CommitteeClock clock)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The edition as a Word document, in the strategy's language or, asked for, in a target one (<see cref="EditionTranslations"/>).</summary>
    public async Task<ExportFile> DocxAsync(string? actorId, int number, string? language = null, CancellationToken cancellationToken = default)
    {
        var translation = editions.TranslationLanguage(language);
        using var words = DocumentLanguage.Use(translation ?? options.Value.DocumentCulture);
        var document = await RequireAsync(actorId, number, translation, cancellationToken);
        using var output = new MemoryStream();
        DocxExport.Write(document, Words(), output);
        return new ExportFile(output.ToArray(), DocxType, FileName(number, translation, "docx"));
    }

    /// <summary>The edition as Markdown, in the strategy's language or, asked for, in a target one.</summary>
    public async Task<ExportFile> MarkdownAsync(string? actorId, int number, string? language = null, CancellationToken cancellationToken = default)
    {
        var translation = editions.TranslationLanguage(language);
        using var words = DocumentLanguage.Use(translation ?? options.Value.DocumentCulture);
        var document = await RequireAsync(actorId, number, translation, cancellationToken);
        var text = MarkdownExport.Write(document, Words());
        return new ExportFile(System.Text.Encoding.UTF8.GetBytes(text), "text/markdown; charset=utf-8", FileName(number, translation, "md"));
    }

    /// <summary>The edition's Plan of implementation of projects and tasks as a spreadsheet, numbers as numbers.</summary>
    public async Task<ExportFile> PlanXlsxAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var document = await editions.GetPlanDocumentAsync(actorId, number, cancellationToken)
            ?? throw new NotFoundException("Consolidation_EditionNotFound");
        using var output = new MemoryStream();
        PlanSpreadsheet.Write(document, Words(), output);
        return new ExportFile(output.ToArray(), PlanSpreadsheet.ContentType, $"strategy-edition-{number}-plan.xlsx");
    }

    /// <summary>Edition <paramref name="to"/> with every difference from <paramref name="from"/> as a Word revision.</summary>
    public async Task<ExportFile> TrackedChangesAsync(string? actorId, int from, int to, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var comparison = await editions.CompareAsync(actorId, from, to, cancellationToken);
        var later = await RequireAsync(actorId, to, null, cancellationToken);
        using var output = new MemoryStream();
        TrackedChangesExport.Write(comparison, later, Words(), output);
        return new ExportFile(output.ToArray(), DocxType, $"strategy-edition-{from}-to-{to}-tracked-changes.docx");
    }

    private DocumentWords Words() => new(localizer, clock);

    private async Task<EditionDocument> RequireAsync(string? actorId, int number, string? language, CancellationToken cancellationToken) =>
        await editions.GetDocumentAsync(actorId, number, language, cancellationToken)
        ?? throw new NotFoundException("Consolidation_EditionNotFound");

    /// <summary>"strategy-edition-3.docx"; in a target language "strategy-edition-3-en.docx".</summary>
    private static string FileName(int number, string? language, string extension) =>
        language is null ? $"strategy-edition-{number}.{extension}" : $"strategy-edition-{number}-{language}.{extension}";
}
