using System.Net;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

[Collection(WebAppCollection.Name)]
public sealed class StrategyDiscussionTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    private static string Url(Guid child) => $"/children/{child}/strategy-discussions/new";

    private (string, string)[] Discussion(string summary, string needed, DateOnly? date = null, params string[] agencies) =>
        [.. CpRecords.DateFields("Date", date ?? _records.Today.AddDays(-1)), ("Summary", summary), ("Section47Needed", needed),
         .. (agencies.Length == 0 ? ["Police", "Health", "ChildrensSocialCare"] : agencies).Where(a => a.Length > 0).Select(a => ("Agencies", a))];

    [Fact]
    public async Task Post_Section47Needed_RecordsTheDiscussionStartsTheEnquiryTheSameDayWithOneChangedEntry()
    {
        var child = await _records.ChildAsync(CpStage.Decided);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-1);

        var response = await CpRecords.SubmitAsync(client, Url(child), Discussion("Police and health shared a made-up injury report.", "yes", date));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child}", response.Headers.Location!.OriginalString);
        var episode = await _records.EpisodeAsync(child);
        var discussion = Assert.Single(episode.StrategyDiscussions);
        Assert.Equal(date, discussion.Date);
        Assert.True(discussion.Section47Needed);
        Assert.Equal([Agency.ChildrensSocialCare, Agency.Police, Agency.Health], discussion.Participants.Select(p => p.Agency).Order().ToList());
        var enquiry = Assert.Single(episode.Section47Enquiries);
        Assert.Equal((discussion.Id, date, date), (enquiry.StrategyDiscussionId, enquiry.StartDate, enquiry.StrategyDiscussionDate));
        Assert.Equal(["Recorded a strategy discussion and started a section 47 enquiry"], await _records.ChangesAsync(child, before));

        // The summary then offers the enquiry's outcome.
        var summary = await CpRecords.GetAsync(client, $"/children/{child}");
        Assert.Equal($"/children/{child}/section-47/{enquiry.Id}/outcome",
            summary.QuerySelector("[data-testid=cp-section-47-outcome]")!.GetAttribute("href"));
        Assert.Contains("section 47 enquiry started", summary.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoSection47_RecordsTheDiscussionAlone()
    {
        var child = await _records.ChildAsync(CpStage.Decided);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var before = await _records.LastAuditAsync();

        var response = await CpRecords.SubmitAsync(client, Url(child), Discussion("Made-up concerns explained by a hospital visit.", "no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = await _records.EpisodeAsync(child);
        Assert.False(Assert.Single(episode.StrategyDiscussions).Section47Needed);
        Assert.Empty(episode.Section47Enquiries);
        Assert.Equal(["Recorded a strategy discussion"], await _records.ChangesAsync(child, before));
    }

    [Theory]
    [InlineData("", "yes", "", "", "", "Police", "Enter the date of the strategy discussion")]
    [InlineData("", "yes", "31", "2", "2026", "Police", "The date of the strategy discussion must be a real date")]
    [InlineData("", "yes", "1", "", "2026", "Police", "The date of the strategy discussion must include a month")]
    [InlineData("", "yes", "1", "1", "2099", "Police", "The date of the strategy discussion must be today or in the past")]
    [InlineData("", "yes", "1", "1", "2020", "Police", "The date of the strategy discussion must be the same as or after the referral date")]
    [InlineData("", "yes", null, null, null, "", "Select the agencies that took part")]
    [InlineData("", "yes", null, null, null, "Sabotage", "Select the agencies that took part")]
    [InlineData("", "yes", null, null, null, "99", "Select the agencies that took part")]
    [InlineData("", "", null, null, null, "Police", "Select whether a section 47 enquiry is needed")]
    [InlineData("", "maybe", null, null, null, "Police", "Select whether a section 47 enquiry is needed")]
    [InlineData("empty", "yes", null, null, null, "Police", "Enter what was discussed and decided")]
    [InlineData("<script>alert(1)</script>", "yes", null, null, null, "Police", "What was discussed and decided must not contain markup or script (text between < and >)")]
    [InlineData("long", "yes", null, null, null, "Police", "What was discussed and decided must be 20000 characters or fewer")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string summary, string needed, string? day, string? month, string? year,
        string agency, string error)
    {
        var child = await _records.ChildAsync(CpStage.Decided);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var text = summary switch { "" => "A made-up discussion", "empty" => "  ", "long" => new string('x', 20_001), _ => summary };
        var fields = Discussion(text, needed, null, agency.Length == 0 ? [""] : [agency]);
        if (day is not null) fields = [.. fields.Where(f => !f.Item1.StartsWith("Date.", StringComparison.Ordinal)), .. CpRecords.DateFields("Date", day, month!, year!)];

        var page = await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, Url(child), fields), error);

        var episode = await _records.EpisodeAsync(child);
        Assert.Empty(episode.StrategyDiscussions);
        Assert.Empty(episode.Section47Enquiries);
        if (summary == "long") Assert.Equal(text, page.QuerySelector("textarea#summary")!.TextContent);
    }

    [Fact]
    public async Task Post_ReferralWithoutADecision_IsRefusedWithTheReason()
    {
        var (authority, robin, _) = await _records.StaffAsync();
        var today = _records.Today;
        var record = Core.People.Child.Register(authority, $"CP{Guid.NewGuid():N}"[..12], "Eli", "Madeup", today.AddYears(-3), null, Sex.Male, "WBRI", today);
        record.ReceiveReferral(today.AddDays(-2), "1A", "N1", "A made-up referral", null, null, today);
        record.AllocateTo(robin, today.AddDays(-2), today);
        await using (var db = Data.SafeguardDatabase.Open(app.Database)) { db.Add(record); await db.SaveChangesAsync(); }
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        try
        {
            await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, Url(record.Id), Discussion("A made-up discussion", "yes")),
                "Record the front door's decision on the referral before you record a strategy discussion");
            Assert.Empty((await _records.EpisodeAsync(record.Id)).StrategyDiscussions);
        }
        finally
        {
            // Decided, the child leaves the front door's list, which other tests count.
            await using var db = Data.SafeguardDatabase.Open(app.Database);
            var saved = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                Data.Records.ChildRecords.WithWholeRecord(db.Children), c => c.Id == record.Id);
            saved.Episodes.Single().Decide(Core.FrontDoor.ReferralDecision.NoFurtherAction, today, robin, today);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task GetAndPost_ChildOutsideScope_AreNotFound()
    {
        var stranger = await _records.StrangerAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, Url(stranger))).StatusCode);
        // The post is refused the same way, whatever it carries (the token comes from a child in scope).
        var mine = await _records.ChildAsync(CpStage.Decided);
        var form = await CpRecords.GetAsync(client, Url(mine));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync(new Uri(Url(stranger), UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Summary", "x"), new("Section47Needed", "yes"), new("Agencies", "Police")]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
