using System.Net;
using System.Text.RegularExpressions;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>Posts the static (server-rendered) Identity forms the way a browser would, anti-forgery token included.</summary>
public static partial class StaticForms
{
    /// <param name="beforePosting">Runs between reading the form and sending it, as time passing while a person types.</param>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields,
        Action? beforePosting = null)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        beforePosting?.Invoke();
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, Action? beforePosting = null) =>
        PostAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }, beforePosting);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
