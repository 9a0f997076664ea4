using AngleSharp.Html.Dom;

namespace Safeguard.Web.Tests.Support;

/// <summary>Fills in a page's form as a browser would: opens the page, keeps its hidden fields (antiforgery token, version), posts.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        return await SubmitAsync(client, url, page, fields, formSelector);
    }

    /// <summary>Posts a form from a page already opened (so a test can hold it open while someone else changes the record).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, IHtmlDocument page, IReadOnlyDictionary<string, string> fields,
        string? formSelector = null)
    {
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"No form on {url}: {page.Title}");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        if (!values.ContainsKey("__RequestVerificationToken"))
            values["__RequestVerificationToken"] = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        foreach (var (name, value) in fields) values[name] = value;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>The messages of the GOV.UK error summary on a page (empty when there is none).</summary>
    public static IReadOnlyList<string> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=error-summary] li").Select(li => li.TextContent.Trim()).ToList();
}
