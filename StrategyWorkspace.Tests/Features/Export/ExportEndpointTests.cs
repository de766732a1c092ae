using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Export;

public sealed class ExportEndpointTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Browser();
        await StaticForms.SignInAsync(client, email, Demo.Password);
        return client;
    }

    [Theory]
    [InlineData("/editions/1/export/docx")]
    [InlineData("/editions/1/export/markdown")]
    [InlineData("/editions/compare/export/docx?from=0&to=1")]
    [InlineData("/editions/1/print")]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in(string path)
    {
        using var client = Browser();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_signed_in_member_downloads_the_edition_as_docx_named_after_it()
    {
        using var client = await SignedInAsync(Demo.Expert);

        var response = await client.GetAsync(EditionAddresses.DocxUrl(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EditionExports.DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("strategy-edition-1.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var word = WordprocessingDocument.Open(await response.Content.ReadAsStreamAsync(), isEditable: false);
        Assert.Contains("Економіка області потребує відновлення", word.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task A_person_working_in_English_downloads_the_official_document_in_the_strategy_s_language()
    {
        using var client = await SignedInAsync(Demo.Chair);
        Assert.Contains("Strategy document", await client.GetStringAsync("/document?culture=en&ui-culture=en"));

        var markdown = await client.GetStringAsync(EditionAddresses.MarkdownUrl(1));
        var docx = await client.GetAsync(EditionAddresses.DocxUrl(1));
        using var word = WordprocessingDocument.Open(await docx.Content.ReadAsStreamAsync(), isEditable: false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;

        foreach (var document in new[] { markdown, text })
        {
            Assert.Contains("Проблеми", document);
            Assert.DoesNotContain("Problems", document);
            Assert.DoesNotContain("Edition 1", document);
        }
        Assert.Contains("Зміст", markdown);
        Assert.DoesNotContain("Contents", markdown);
    }

    [Fact]
    public async Task The_print_page_is_in_the_strategy_s_language_for_a_person_working_in_English()
    {
        using var client = await SignedInAsync(Demo.Chair);
        Assert.Contains("Strategy document", await client.GetStringAsync("/document?culture=en&ui-culture=en"));

        var html = await client.GetStringAsync(EditionAddresses.PrintUrl(1));

        Assert.Contains("<html lang=\"uk\"", html);
        Assert.Contains("Проблеми", html);
        Assert.Contains("Зміст", html);
        Assert.DoesNotContain("Problems", html);
        Assert.DoesNotContain("Contents", html);
        // The person's own language is untouched for the next page.
        Assert.Contains("Strategy document", await client.GetStringAsync("/document"));
    }

    [Fact]
    public async Task The_markdown_and_the_tracked_changes_download_too()
    {
        using var client = await SignedInAsync(Demo.Economy);

        var markdown = await client.GetStringAsync(EditionAddresses.MarkdownUrl(1));
        Assert.StartsWith("# Стратегія розвитку Луганської області до 2020 року", markdown);

        var tracked = await client.GetAsync(EditionAddresses.TrackedChangesUrl(0, 1));
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        using var word = WordprocessingDocument.Open(await tracked.Content.ReadAsStreamAsync(), isEditable: false);
        Assert.NotEmpty(word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>());
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_is_not_found()
    {
        using var client = await SignedInAsync(Demo.Expert);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EditionAddresses.DocxUrl(999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EditionAddresses.TrackedChangesUrl(1, 999))).StatusCode);
    }

    [Fact]
    public async Task The_print_page_is_plain_html_with_a_print_stylesheet_and_no_circuit()
    {
        using var client = await SignedInAsync(Demo.Expert);

        var html = await client.GetStringAsync(EditionAddresses.PrintUrl(1));

        Assert.Matches(@"print(\.\w+)?\.css", html);
        Assert.Contains("Стратегія розвитку Луганської області до 2020 року", html);
        Assert.Contains("1.1.1. Економіка області потребує відновлення", html);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
    }
}
