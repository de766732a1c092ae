using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// Marks a page that is an official document (the print-ready edition): it renders in the strategy's
/// language, as the DOCX and Markdown downloads do, whatever the reader's interface language.
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
        var culture = httpContext.RequestServices.GetRequiredService<IOptions<WorkspaceOptions>>().Value.DocumentCulture;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
