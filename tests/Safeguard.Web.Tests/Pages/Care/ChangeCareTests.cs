using System.Net;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;
using static Safeguard.Web.Tests.Pages.Care.CareRecords;

namespace Safeguard.Web.Tests.Pages.Care;

[Collection(CareAppCollection.Name)]
public sealed class ChangeCareTests(SafeguardWebApp app)
{
    /// <summary>A move to a new foster carer, same legal status (the child is in care under section 20 in U6 from 60 days ago).</summary>
    private static Dictionary<string, string> Form(DateOnly on, string rne = "P", string legal = "V2", string place = "U4", string why = "CARPL",
        string postcode = "EF3 4GH")
    {
        var form = Date("StartDate", on);
        form["ReasonForNewEpisode"] = rne; form["LegalStatus"] = legal; form["PlacementType"] = place; form["PlacementProvider"] = "PR4";
        form["PlacementPostcode"] = postcode; form["LongTermPlacement"] = "false"; form["ReasonPlacementChanged"] = why;
        return form;
    }

    [Fact]
    public async Task Get_OpensWithTheCurrentPlacementFilledIn()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var page = await SafeguardWebApp.ParseAsync(await client.GetAsync(new Uri($"/children/{id}/care/change", UriKind.Relative)));
        Assert.Equal("V2", page.QuerySelector("#legal-status option[selected]")!.GetAttribute("value"));
        Assert.Equal("U6", page.QuerySelector("#placement-type option[selected]")!.GetAttribute("value"));
        Assert.Equal("AB1 2CD", page.QuerySelector("#placement-postcode")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_PlacementMove_EndsTheEpisodeWithX1AndStartsTheNextWithOneChangedEntry()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var on = Today.AddDays(-5);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/change", Form(on));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episodes = Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Episodes.OrderBy(e => e.StartDate).ToList();
        Assert.Equal(2, episodes.Count);
        Assert.Equal((on, "X1"), (episodes[0].EndDate!.Value, episodes[0].ReasonCeased!));
        Assert.Equal(("P", "U4", "PR4", "EF3 4GH", "CARPL"), (episodes[1].ReasonForNewEpisode, episodes[1].PlacementType, episodes[1].PlacementProvider,
            episodes[1].PlacementPostcode!, episodes[1].ReasonPlacementChanged!));
        Assert.Equal("Recorded a change of placement or legal status", Assert.Single(await AuditAsync(app, id, AuditAction.Changed)).What);
    }

    [Fact]
    public async Task Post_LegalStatusOnly_KeepsThePlacementAndNeedsNoReason()
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);
        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/change",
            With(Form(Today, "L", "C1", "U6", ""), ("PlacementProvider", "PR1"), ("PlacementPostcode", "AB1 2CD")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).CurrentEpisode;
        Assert.Equal(("L", "C1", null), (current.ReasonForNewEpisode, current.LegalStatus, current.ReasonPlacementChanged));
    }

    private static Dictionary<string, string> Case(string name) => name switch
    {
        "empty" => [],
        "impossible date" => With(Form(Today), ("StartDate.Month", "13")),
        "future date" => Form(Today.AddDays(1)),
        "not after the episode" => Form(Today.AddDays(-60)),
        "nothing changed chosen" => Without(Form(Today), "ReasonForNewEpisode"),
        "started" => Form(Today, rne: "S"),
        "no reason for the move" => Form(Today, why: ""),
        "legal status only, new placement" => Form(Today, rne: "L", legal: "C1", place: "U4"),
        "placement only, new legal status" => Form(Today, legal: "C1"),
        "script reason" => Form(Today, why: "<script>alert(1)</script>"),
        "long postcode" => Form(Today, postcode: "EF3 4GH EXTRA"),
        "markup postcode" => Form(Today, postcode: "<i>EF3</i>"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("empty", "Enter the date of the change")]
    [InlineData("empty", "Select what changed")]
    [InlineData("impossible date", "The date of the change must be a real date")]
    [InlineData("future date", "The date of the change must be today or in the past")]
    [InlineData("not after the episode", "The change must be after the current episode's start")]
    [InlineData("nothing changed chosen", "Select what changed")]
    [InlineData("started", "'Started to be looked after' begins a new period of care, not a change")]
    [InlineData("no reason for the move", "Select why the placement changed")]
    [InlineData("legal status only, new placement", "A change of legal status only keeps the same placement")]
    [InlineData("placement only, new legal status", "A change of placement only keeps the same legal status")]
    [InlineData("script reason", "'<script>alert(1)</script>' is not a valid reason for placement change code")]
    [InlineData("long postcode", "The placement postcode must be 10 characters or fewer")]
    [InlineData("markup postcode", "Enter a real postcode, like AB1 2CD")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndChangesNothing(string input, string error)
    {
        var id = await LookedAfterChildAsync(app);
        using var client = await SignedInAsync(app);

        var response = await Forms.SubmitAsync(client, $"/children/{id}/care/change", Case(input));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SafeguardWebApp.ParseAsync(response);
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var episode = Assert.Single(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Episodes);
        Assert.True(episode.IsOpen);
        Assert.Empty(await AuditAsync(app, id, AuditAction.Changed));
    }

    [Fact]
    public async Task Post_AfterSomeoneElseChangedTheRecord_ShowsAConflictAndSavesNothing()
    {
        var id = await LookedAfterChildAsync(app);
        using var mine = await SignedInAsync(app);
        using var colleague = await SignedInAsync(app);
        var url = $"/children/{id}/care/change";
        var openForm = await SafeguardWebApp.ParseAsync(await mine.GetAsync(new Uri(url, UriKind.Relative)));
        var visit = With(Date("Date", Today), ("SeenAlone", "true"));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(colleague, $"/children/{id}/care/visits/new", visit)).StatusCode);

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(mine, url, openForm, Form(Today)));

        Assert.Contains(Forms.Errors(page), e => e.Contains("changed this child's record after you opened this page", StringComparison.Ordinal));
        Assert.Single(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Episodes);
    }

    [Fact]
    public async Task Post_AfterCareEndedElsewhere_IsRefusedAsNotLookedAfter()
    {
        var id = await LookedAfterChildAsync(app);
        using var mine = await SignedInAsync(app);
        using var colleague = await SignedInAsync(app);
        var url = $"/children/{id}/care/visits/new";
        var openForm = await SafeguardWebApp.ParseAsync(await mine.GetAsync(new Uri(url, UriKind.Relative)));
        var end = With(Date("EndDate", Today), ("ReasonCeased", "E4A"));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(colleague, $"/children/{id}/care/end", end)).StatusCode);

        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(mine, url, openForm, With(Date("Date", Today), ("SeenAlone", "true"))));

        Assert.Contains(Forms.Errors(page), e => e.Contains("is not looked after now", StringComparison.Ordinal));
        Assert.Empty(Assert.Single((await ChildAsync(app, id)).PeriodsOfCare).Visits);
    }

    [Fact]
    public async Task Get_ChildOutsideScope_IsNotFound()
    {
        var stranger = await StrangerAsync(app);
        using var client = await SignedInAsync(app);
        foreach (var path in new[] { "change", "visits/new", "missing/new", "missing/return", "end" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/care/{path}", UriKind.Relative))).StatusCode);
    }
}
