using Microsoft.Extensions.Localization;
using MudBlazor;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Localization;

/// <summary>MudBlazor's own texts (pager, close buttons, "required") from our resources, so they follow the chosen language.</summary>
internal sealed class WorkspaceMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => localizer[key];
}
