using Bunit;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class RolePickerTests : WorkspaceComponentTest
{
    [Fact]
    public void Lists_every_role_by_its_localized_name_inside_a_labelled_group()
    {
        var picker = Render<RolePicker>(p => p.Add(c => c.Selected, [WorkspaceRoles.Expert]));

        Assert.Equal("Ролі", picker.Find("fieldset legend").TextContent.Trim());
        Assert.Equal(
            ["Адміністратор", "Голова комітету", "Експерт", "Член робочої групи", "Перекладач"],
            picker.FindAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void Ticking_and_clearing_changes_the_selection()
    {
        HashSet<string> selected = [WorkspaceRoles.Expert];
        var changes = 0;
        var picker = Render<RolePicker>(p => p
            .Add(c => c.Selected, selected)
            .Add(c => c.SelectedChanged, () => changes++));

        picker.FindAll("input[type=checkbox]")[1].Change(true);
        picker.FindAll("input[type=checkbox]")[2].Change(false);

        Assert.Equal([WorkspaceRoles.Chair], selected);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void Shows_an_error_as_an_alert()
    {
        var picker = Render<RolePicker>(p => p.Add(c => c.Selected, []).Add(c => c.Error, "Оберіть принаймні одну роль."));
        Assert.Equal("Оберіть принаймні одну роль.", picker.Find("[role=alert]").TextContent.Trim());
    }
}
