using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>The public pages over HTTP, as a visitor without an account sees them.</summary>
public sealed partial class PublicConsultationPageTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Visitor() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Form(string target, string text, string? website = null) => new()
    {
        ["Input.Target"] = target,
        ["Input.Text"] = text,
        ["Input.Name"] = "Оксана",
        ["Input.Email"] = "oksana@example.org",
        ["Input.Consent"] = "true",
        ["Input.Website"] = website ?? "",
    };

    [Fact]
    public async Task The_public_page_opens_without_signing_in_and_without_a_circuit_and_may_be_cached()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();

        var response = await visitor.GetAsync("/consultation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Громадське обговорення: Стратегія розвитку Луганської області до 2020 року", html);
        Assert.Contains("1.1.1. Економіка області потребує відновлення", html);
        Assert.Contains("href=\"/consultation/sections/1#item-", html);
        Assert.Contains("Запрошуємо всіх зацікавлених", html);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
        Assert.Equal("public, no-cache", response.Headers.CacheControl!.ToString());

        // The browser asks again each time; while the page is unchanged the answer is a bodiless 304.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/consultation");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task Each_section_has_a_page_of_its_own_with_its_items_and_the_way_back()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();

        var first = await visitor.GetStringAsync("/consultation");
        var section = await visitor.GetAsync("/consultation/sections/1");
        var html = await section.Content.ReadAsStringAsync();

        // The first page has the contents but not the sections' text; the section page has its own text.
        Assert.DoesNotContain("class=\"edition-item\"", first);
        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
        Assert.Contains("1. Економіка і екологія", html);
        Assert.Contains("id=\"item-", html);
        Assert.Contains($"/consultation/propose?target={await ConsultationTestData.EconomySectionAsync(app)}", html);
        Assert.Contains("href=\"/consultation\"", html);
        // Each "propose here" link is named for its item, for a screen reader's list of links.
        Assert.Contains("Запропонувати зміну тут<span class=\"visually-hidden\">: 1.1.1. Економіка області потребує відновлення</span>", html);
        Assert.Equal("public, no-cache", section.Headers.CacheControl!.ToString());

        var missing = await visitor.GetAsync("/consultation/sections/99");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Сторінку не знайдено</h1>", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reading_pages_go_out_compressed_as_the_browser_accepts_and_the_form_does_not()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();

        async Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
            return await visitor.SendAsync(request);
        }

        // Twice each: the second comes from the output cache, still in the encoding asked for.
        foreach (var _ in new[] { 1, 2 })
        {
            var brotli = await GetAsync("/consultation/sections/1", "gzip, deflate, br, zstd");
            Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
            await using (var stream = new BrotliStream(await brotli.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
            {
                Assert.Contains("1. Економіка і екологія", await new StreamReader(stream).ReadToEndAsync());
            }
            var gzip = await GetAsync("/consultation", "gzip");
            Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
            await using (var stream = new GZipStream(await gzip.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
            {
                Assert.Contains("Громадське обговорення", await new StreamReader(stream).ReadToEndAsync());
            }
            var plain = await GetAsync("/consultation", "identity");
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Contains("Громадське обговорення", await plain.Content.ReadAsStringAsync());
        }
        // The form carries an anti-forgery token: it is never compressed (BREACH).
        Assert.Empty((await GetAsync("/consultation/propose", "br")).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_server_renders_the_page_once_and_a_published_proposal_shows_at_once()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();
        await visitor.GetAsync("/consultation/sections/1");

        var cached = await visitor.GetAsync("/consultation/sections/1");
        Assert.NotNull(cached.Headers.Age);

        var service = app.Scoped<ConsultationService>();
        var text = Demo.Unique("Щойно оприлюднена");
        var reference = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), text));
        var chair = await app.UserIdAsync(Demo.Chair);
        await app.Scoped<ModerationService>().PublishAsync(chair, (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference).Id);
        Assert.Contains(text, await visitor.GetStringAsync("/consultation/sections/1"));
        Assert.Contains("Public consultation", await (await visitor.GetAsync("/consultation?culture=en&ui-culture=en")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_visitor_sends_a_proposal_through_the_form_and_reads_its_status_by_reference()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();

        var response = await StaticForms.PostAsync(visitor, "/consultation/propose", "proposal",
            Form(await ConsultationTestData.EconomySectionAsync(app), "Створити індустріальний парк"));

        // Post, then redirect: a reload of the thank-you page does not send it again.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var reference = ReferenceInAddress().Match(location).Groups[1].Value;
        Assert.Matches("^[A-Z2-9]{9}$", reference);
        var status = await visitor.GetStringAsync(location);
        Assert.Contains("Дякуємо", status);
        Assert.Contains($"class=\"proposal-reference\">{reference}<", status);
        Assert.Contains("Очікує модерації", status);
        Assert.Contains("Створити індустріальний парк", status);
    }

    [Fact]
    public async Task A_rejected_form_keeps_everything_typed_and_says_why()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();
        var form = Form(await ConsultationTestData.EconomySectionAsync(app), "Мій довгий текст пропозиції");
        form["Input.Email"] = "не-адреса";
        form["Input.Consent"] = "false";

        var html = await (await StaticForms.PostAsync(visitor, "/consultation/propose", "proposal", form)).Content.ReadAsStringAsync();

        Assert.Contains("Мій довгий текст пропозиції", html);
        Assert.Contains("не-адреса", html);
        Assert.Contains("Щоб надіслати, позначте згоду на оприлюднення.", html);
        Assert.DoesNotMatch(Reference(), html);
    }

    [Fact]
    public async Task A_proposal_sent_after_the_consultation_closed_keeps_its_text_and_says_so()
    {
        var id = await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();
        var page = await visitor.GetStringAsync("/consultation/propose");
        var token = System.Net.WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        await app.Scoped<ConsultationService>().CloseAsync(await app.UserIdAsync(Demo.Chair), id);
        var form = Form(await ConsultationTestData.EconomySectionAsync(app), "Писав довго, а обговорення закрилося");
        form["_handler"] = "proposal";
        form["__RequestVerificationToken"] = token;

        var response = await visitor.PostAsync("/consultation/propose", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Зараз обговорення не приймає пропозицій.", html);
        Assert.Contains("Писав довго, а обговорення закрилося", html);
    }

    [Fact]
    public async Task The_honeypot_thanks_a_bot_and_stores_nothing()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();

        var html = await (await StaticForms.PostAsync(visitor, "/consultation/propose", "proposal",
            Form(await ConsultationTestData.EconomySectionAsync(app), "Бот-текст", website: "http://spam.example"))).Content.ReadAsStringAsync();

        Assert.Contains("Дякуємо", html);
        Assert.DoesNotMatch(Reference(), html);
        Assert.DoesNotContain(await app.Scoped<ModerationService>().PendingAsync(await app.UserIdAsync(Demo.Chair)), p => p.Text == "Бот-текст");
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = Visitor();
        var form = Form(await ConsultationTestData.EconomySectionAsync(app), "Без токена");
        form["_handler"] = "proposal";

        var response = await visitor.PostAsync("/consultation/propose", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Script_in_a_published_proposal_is_shown_as_text_and_the_email_never()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var service = app.Scoped<ConsultationService>();
        var input = ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), "<script>alert('x')</script><b>жирний</b>");
        var reference = await app.Scoped<VisitorService>().SendAsync(input);
        var chair = await app.UserIdAsync(Demo.Chair);
        await app.Scoped<ModerationService>().PublishAsync(chair, (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference).Id);
        using var visitor = Visitor();

        var html = await visitor.GetStringAsync("/consultation/sections/1");

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;жирний&lt;/b&gt;", html);
        Assert.DoesNotContain("petro@example.org", html);
    }

    [Fact]
    public async Task The_report_and_its_downloads_open_to_everyone_once_closed()
    {
        var id = await ConsultationTestData.OpenFreshAsync(app);
        var service = app.Scoped<ConsultationService>();
        var reference = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), "Звітна, з комою, і \"лапками\""));
        var chair = await app.UserIdAsync(Demo.Chair);
        var proposal = (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference).Id;
        await app.Scoped<ModerationService>().PublishAsync(chair, proposal);
        await app.Scoped<AnswerService>().AnswerAsync(await app.UserIdAsync(Demo.Economy), proposal, ProposalOutcome.Accepted, "Враховано", null, null);
        using var visitor = Visitor();
        Assert.Contains("Звіт буде оприлюднено після завершення обговорення.", await visitor.GetStringAsync("/consultation/report"));

        await service.CloseAsync(chair, id);

        Assert.Contains("Звітна, з комою", await visitor.GetStringAsync("/consultation/report"));
        var csv = await visitor.GetStringAsync(ConsultationReportEndpoints.CsvUrl);
        var rows = Csv.Parse(csv.TrimStart('\uFEFF'));
        Assert.Equal("Реєстраційний номер", rows[0][0]);
        var row = Assert.Single(rows, r => r[0] == reference);
        Assert.Equal(("Звітна, з комою, і \"лапками\"", "Враховано"), (row[3], row[7]));
        var docx = await visitor.GetAsync(ConsultationReportEndpoints.DocxUrl);
        using var word = WordprocessingDocument.Open(await docx.Content.ReadAsStreamAsync(), isEditable: false);
        Assert.Contains(reference, word.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [GeneratedRegex("class=\"proposal-reference\">([A-Z2-9]{9})<")]
    private static partial Regex Reference();

    [GeneratedRegex("reference=([A-Z2-9]{9})")]
    private static partial Regex ReferenceInAddress();
}

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else if (c != '\r') { field.Append(c); }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }
}
