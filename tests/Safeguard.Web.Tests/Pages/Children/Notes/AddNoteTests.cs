using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Children.Notes;

/// <summary>The worked example of a journey form: saved with its audit entry, refused with a GOV.UK error summary, and safe from a lost update.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AddNoteTests(SafeguardWebApp app)
{
    private async Task<(HttpClient Client, Guid ChildId)> SignedInWithAvaAsync()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SafeguardWebApp.SignInAsync(client, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password)).StatusCode);
        await using var db = SafeguardDatabase.Open(app.Database);
        var id = await db.Children.Where(c => c.LaChildId == "T0001").Select(c => c.Id).SingleAsync();
        return (client, id);
    }

    private static Dictionary<string, string> Note(string text, string day = "2", string month = "11", string year = "2026", string kind = "Visit") => new()
    {
        ["Date.Day"] = day, ["Date.Month"] = month, ["Date.Year"] = year, ["Kind"] = kind, ["Text"] = text, ["SignificantEvent"] = "true",
    };

    private async Task<int> NotesAsync(Guid childId, string text)
    {
        await using var db = SafeguardDatabase.Open(app.Database);
        return await db.Set<Core.Recording.CaseNote>().CountAsync(n => n.ChildId == childId && n.Text == text);
    }

    [Fact]
    public async Task Post_ValidNote_SavesItWithOneChangedEntryAndShowsItOnTheList()
    {
        var (client, ava) = await SignedInWithAvaAsync();
        var text = $"Home visit {Guid.NewGuid():N}: Ava showed me her room.";
        await using var before = SafeguardDatabase.Open(app.Database);
        var lastSequence = await before.Set<AuditEntry>().MaxAsync(a => (long?)a.Sequence) ?? 0;

        var response = await Forms.SubmitAsync(client, $"/children/{ava}/notes/new", Note(text));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{ava}/notes", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await NotesAsync(ava, text));
        await using var db = SafeguardDatabase.Open(app.Database);
        var changed = await db.Set<AuditEntry>().Where(a => a.Sequence > lastSequence && a.ChildId == ava && a.Action == AuditAction.Changed).ToListAsync();
        Assert.Equal("Added a case note", Assert.Single(changed).What);
        var list = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{ava}/notes", UriKind.Relative)));
        Assert.Contains(text, list.QuerySelector("[data-testid=notes]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Case note added", list.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2", "11", "2026", "Visit", "Enter the note")]
    [InlineData("A note", "", "", "", "Visit", "Enter the date of the note")]
    [InlineData("A note", "31", "2", "2026", "Visit", "The date of the note must be a real date")]
    [InlineData("A note", "2", "", "2026", "Visit", "The date of the note must include a month")]
    [InlineData("A note", "1", "1", "2099", "Visit", "The date of the note must be today or in the past")]
    [InlineData("A note", "2", "11", "2026", "", "Select what kind of note this is")]
    [InlineData("A note", "2", "11", "2026", "Sabotage", "Select what kind of note this is")]
    [InlineData("<script>alert(1)</script>", "2", "11", "2026", "Visit", "The note must not contain markup or script (text between < and >)")]
    [InlineData("<img src=x onerror=alert(1)>", "2", "11", "2026", "Visit", "The note must not contain markup or script (text between < and >)")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string text, string day, string month, string year, string kind, string error)
    {
        var (client, ava) = await SignedInWithAvaAsync();
        var marker = text.Length == 0 ? "" : text;
        var response = await Forms.SubmitAsync(client, $"/children/{ava}/notes/new", Note(text, day, month, year, kind));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(error, Forms.Errors(page));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        if (marker.Length > 0 && day == "2" && kind == "Visit") Assert.Equal(0, await NotesAsync(ava, marker));
    }

    [Fact]
    public async Task Post_TooLongNote_IsRefusedAndKeptInTheBox()
    {
        var (client, ava) = await SignedInWithAvaAsync();
        var text = new string('x', 20_001);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{ava}/notes/new", Note(text)));
        Assert.Contains("The note must be 20000 characters or fewer", Forms.Errors(page));
        Assert.Equal(text, page.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal(0, await NotesAsync(ava, text));
    }

    [Fact]
    public async Task Post_AfterSomeoneElseChangedTheRecord_ShowsAConflictKeepsTheTextAndSavesOnTheSecondGo()
    {
        var (mine, ava) = await SignedInWithAvaAsync();
        var (colleague, _) = await SignedInWithAvaAsync();
        var url = $"/children/{ava}/notes/new";
        var openForm = await SafeguardWebApp.ParseAsync(await mine.GetAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(colleague, url, Note($"Colleague's call {Guid.NewGuid():N}"))).StatusCode);

        var text = $"My visit {Guid.NewGuid():N}";
        var response = await Forms.SubmitAsync(mine, url, openForm, Note(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.Contains("changed this child's record after you opened this page", StringComparison.Ordinal));
        Assert.Equal(text, page.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal(0, await NotesAsync(ava, text));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(mine, url, page, Note(text))).StatusCode);
        Assert.Equal(1, await NotesAsync(ava, text));
    }

    [Fact]
    public async Task Get_ChildOutsideScope_IsNotFoundForTheFormAndThePost()
    {
        var (client, _) = await SignedInWithAvaAsync();
        await using var db = SafeguardDatabase.Open(app.Database);
        var stranger = await db.Children.Where(c => c.LaChildId == "T1000").Select(c => c.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/notes/new", UriKind.Relative))).StatusCode);
    }
}
