using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// Marks a page that is an official document (the print-ready edition): it renders in the strategy's
/// language, as the DOCX and Markdown downloads do, whatever the reader's interface language; or in the target
/// language it was asked for, as they do.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OfficialDocumentAttribute : Attribute;

/// <summary>
/// The request culture of a page marked <see cref="OfficialDocumentAttribute"/>: <c>Workspace:DocumentCulture</c>.
/// First among the providers, so neither the culture cookie nor a query string changes the document;
/// every other page gives no answer here and keeps the person's own choice.
/// </summary>
internal sealed class OfficialDocumentCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<OfficialDocumentAttribute>() is null)
        {
            return NullProviderCultureResult;
        }
        // ?language= one of the committee's target languages: the document in that translation, its words too.
        var options = httpContext.RequestServices.GetRequiredService<IOptions<WorkspaceOptions>>().Value;
        var asked = httpContext.Request.Query["language"].ToString();
        var culture = options.TargetLanguages.Contains(asked) ? asked : options.DocumentCulture;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
