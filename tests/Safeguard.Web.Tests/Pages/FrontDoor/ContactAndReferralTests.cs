using System.Net;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.FrontDoor;

/// <summary>A contact, its outcome, a referral from it and the decision within one working day, with allocation.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ContactAndReferralTests(SafeguardWebApp app)
{
    private static DateOnly Today => FrontDoorTestData.Today;

    private Task<Guid> WithContactAsync(int daysAgo = 0) =>
        app.NewChildAsync("Ivy", FrontDoorTestData.UniqueName("Contactson"), c => c.RecordContact(Today.AddDays(-daysAgo), "6", "A made-up police contact", null, Today));

    private Task<Guid> WithReferralAsync(int daysAgo) =>
        app.NewChildAsync("Jude", FrontDoorTestData.UniqueName("Referrer"), c => c.ReceiveReferral(Today.AddDays(-daysAgo), "2A", "N1", "A made-up school referral", null, null, Today));

    private static Dictionary<string, string> Contact(string summary, string source = "3B") =>
        new Dictionary<string, string> { ["Source"] = source, ["Summary"] = summary }.With(FrontDoorTestData.Date("ReceivedOn", Today));

    [Fact]
    public async Task Post_Contact_SavesItWithOneChangedEntry()
    {
        var child = await app.NewChildAsync("Kit", FrontDoorTestData.UniqueName("Newcontact"));
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, $"/children/{child}/contacts/new", Contact("The health visitor is worried about a made-up bruise"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contact = Assert.Single((await app.LoadAsync(child)).Contacts);
        Assert.Equal(("3B", ContactOutcome.AwaitingDecision), (contact.Source, contact.Outcome));
        Assert.Equal("Recorded a contact", Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed).What);
    }

    [Theory]
    [InlineData("", "3B", "", "Enter what the contact is about")]
    [InlineData("Made up", "", "", "Select who made contact")]
    [InlineData("Made up", "ZZ", "", "'ZZ' is not a valid referral source code")]
    [InlineData("<script>alert(1)</script>", "3B", "", "What the contact is about must not contain markup or script (text between < and >)")]
    [InlineData("Made up", "3B", "31/2/2026", "The date the contact was received must be a real date")]
    [InlineData("Made up", "3B", "1/1/2099", "The date the contact was received must be today or in the past")]
    [InlineData("Made up", "3B", "//", "Enter the date the contact was received")]
    public async Task Post_BadContact_ShowsTheErrorSummaryAndSavesNothing(string summary, string source, string date, string error)
    {
        var child = await app.NewChildAsync("Kit", FrontDoorTestData.UniqueName("Badcontact"));
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var fields = Contact(summary, source);
        if (date.Length > 0)
        {
            var parts = date.Split('/');
            (fields["ReceivedOn.Day"], fields["ReceivedOn.Month"], fields["ReceivedOn.Year"]) = (parts[0], parts[1], parts[2]);
        }

        var response = await Forms.SubmitAsync(client, $"/children/{child}/contacts/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, Forms.Errors(await SafeguardWebApp.ParseAsync(response)));
        Assert.Empty((await app.LoadAsync(child)).Contacts);
    }

    [Fact]
    public async Task Post_TooLongContact_IsRefused()
    {
        var child = await app.NewChildAsync("Kit", FrontDoorTestData.UniqueName("Longcontact"));
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/contacts/new", Contact(new string('x', 4001))));
        Assert.Contains("What the contact is about must be 4000 characters or fewer", Forms.Errors(page));
        Assert.Empty((await app.LoadAsync(child)).Contacts);
    }

    [Fact]
    public async Task Contact_ChildOutsideScope_IsNotFound()
    {
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var stranger = await app.NewChildAsync("Lou", FrontDoorTestData.UniqueName("Stranger"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/contacts/new", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/referrals/new", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{stranger}/requests/new", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Post_ContactOutcome_ConcludesItAndReturnsToTheQueue()
    {
        var child = await WithContactAsync();
        var contactId = (await app.LoadAsync(child)).Contacts.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, $"/children/{child}/contacts/{contactId}/outcome",
            new Dictionary<string, string> { ["Outcome"] = nameof(ContactOutcome.AdviceAndInformation) });

        Assert.Equal("/front-door", response.Headers.Location!.OriginalString);
        Assert.Equal(ContactOutcome.AdviceAndInformation, (await app.LoadAsync(child)).Contacts.Single().Outcome);
        Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AwaitingDecision")]
    [InlineData("ProgressedToReferral")]
    [InlineData("<script>")]
    public async Task Post_BadContactOutcome_IsRefused(string outcome)
    {
        var child = await WithContactAsync();
        var contactId = (await app.LoadAsync(child)).Contacts.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/contacts/{contactId}/outcome",
            new Dictionary<string, string> { ["Outcome"] = outcome }));
        Assert.Contains("Select the outcome of the contact", Forms.Errors(page));
        Assert.Equal(ContactOutcome.AwaitingDecision, (await app.LoadAsync(child)).Contacts.Single().Outcome);
    }

    [Fact]
    public async Task ContactOutcome_OfAnotherChildsContact_IsNotFound()
    {
        var child = await WithContactAsync();
        var other = await WithContactAsync();
        var othersContact = (await app.LoadAsync(other)).Contacts.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/children/{child}/contacts/{othersContact}/outcome", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Referral_FromAContact_OpensAnEpisodeAndGoesToTheDecision()
    {
        var child = await WithContactAsync();
        var contactId = (await app.LoadAsync(child)).Contacts.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);

        var progress = await Forms.SubmitAsync(client, $"/children/{child}/contacts/{contactId}/outcome", new Dictionary<string, string> { ["Outcome"] = "Referral" });
        Assert.Equal($"/children/{child}/referrals/new?contactId={contactId}", progress.Headers.Location!.OriginalString);
        var form = await client.PageAsync(progress.Headers.Location!.OriginalString);
        Assert.Equal("6", form.QuerySelector("#source option[selected]")!.GetAttribute("value"));
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, progress.Headers.Location!.OriginalString, form,
            new Dictionary<string, string> { ["Source"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "A made-up reason to refer" }.With(FrontDoorTestData.Date("ReferralDate", Today)));

        var record = await app.LoadAsync(child);
        var episode = Assert.Single(record.Episodes);
        Assert.Equal($"/children/{child}/referrals/{episode.Id}/decision", response.Headers.Location!.OriginalString);
        Assert.Equal((ContactOutcome.ProgressedToReferral, (Guid?)episode.Id), (record.Contacts.Single().Outcome, record.Contacts.Single().EpisodeId));
        Assert.Equal(("6", (Guid?)contactId), (episode.ReferralSource, episode.ContactId));
        Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed);
    }

    [Theory]
    [InlineData("", "Reason", "Select the primary need")]
    [InlineData("N1", "", "Enter the reason for the referral")]
    [InlineData("N1", "<img src=x onerror=alert(1)>", "The reason for the referral must not contain markup or script (text between < and >)")]
    public async Task Post_BadReferral_IsRefused(string need, string reason, string error)
    {
        var child = await app.NewChildAsync("Max", FrontDoorTestData.UniqueName("Badreferral"));
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/referrals/new",
            new Dictionary<string, string> { ["Source"] = "1A", ["PrimaryNeed"] = need, ["Reason"] = reason }.With(FrontDoorTestData.Date("ReferralDate", Today))));
        Assert.Contains(error, Forms.Errors(page));
        Assert.Empty((await app.LoadAsync(child)).Episodes);
    }

    [Fact]
    public async Task Get_Decision_ShowsTheDueDateAndThatItIsLate()
    {
        var child = await WithReferralAsync(daysAgo: 10);
        var episode = (await app.LoadAsync(child)).Episodes.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await client.PageAsync($"/children/{child}/referrals/{episode}/decision");
        var clock = page.QuerySelector("[data-testid=decision-clock]")!.TextContent;
        Assert.Contains("Overdue", clock, StringComparison.Ordinal);
        Assert.Contains("working day", clock, StringComparison.Ordinal);
        Assert.Contains("Sam Placeholder (", page.QuerySelector("#worker-id")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DecisionForAssessment_AllocatesInTheSameSave()
    {
        var child = await WithReferralAsync(daysAgo: 0);
        var episode = (await app.LoadAsync(child)).Episodes.Single().Id;
        var sam = await app.SamAsync();
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var response = await Forms.SubmitAsync(client, $"/children/{child}/referrals/{episode}/decision",
            new Dictionary<string, string> { ["Decision"] = "Assessment", ["WorkerId"] = sam.ToString() }.With(FrontDoorTestData.Date("DecisionDate", Today)));

        Assert.Equal("/front-door", response.Headers.Location!.OriginalString);  // decided and allocated: no longer the front door's
        var record = await app.LoadAsync(child);
        Assert.Equal(ReferralDecision.Assessment, record.Episodes.Single().Decision);
        Assert.Equal(sam, record.CurrentAllocation!.WorkerId);
        Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed);
    }

    [Fact]
    public async Task Post_NoFurtherAction_ClosesTheReferralWithoutAllocating()
    {
        var child = await WithReferralAsync(daysAgo: 1);
        var episode = (await app.LoadAsync(child)).Episodes.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.TeamManager);
        var response = await Forms.SubmitAsync(client, $"/children/{child}/referrals/{episode}/decision",
            new Dictionary<string, string> { ["Decision"] = "NoFurtherAction" }.With(FrontDoorTestData.Date("DecisionDate", Today)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await app.LoadAsync(child);
        Assert.Equal("RC7", record.Episodes.Single().ClosureReason);
        Assert.Null(record.CurrentAllocation);
    }

    [Theory]
    [InlineData("", "", "Select the decision")]
    [InlineData("Sabotage", "", "Select the decision")]
    [InlineData("Assessment", "", "Select the social worker who will take the case")]
    [InlineData("Assessment", "not-a-worker", "Select a social worker from the list")]
    [InlineData("Assessment", "00000000-0000-0000-0000-000000000001", "Select a social worker from the list")]
    public async Task Post_BadDecision_IsRefused(string decision, string worker, string error)
    {
        var child = await WithReferralAsync(daysAgo: 0);
        var episode = (await app.LoadAsync(child)).Episodes.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/referrals/{episode}/decision",
            new Dictionary<string, string> { ["Decision"] = decision, ["WorkerId"] = worker }.With(FrontDoorTestData.Date("DecisionDate", Today))));
        Assert.Contains(error, Forms.Errors(page));
        Assert.Null((await app.LoadAsync(child)).Episodes.Single().Decision);
    }

    [Theory]
    [InlineData("31", "2", "2026", "The date of the decision must be a real date")]
    [InlineData("1", "1", "2099", "The decision date must be today or in the past")]
    [InlineData("", "", "", "Enter the date of the decision")]
    [InlineData("1", "1", "2020", "The decision date must be the same as or after the referral date")]
    public async Task Post_BadDecisionDate_IsRefused(string day, string month, string year, string error)
    {
        var child = await WithReferralAsync(daysAgo: 0);
        var episode = (await app.LoadAsync(child)).Episodes.Single().Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/referrals/{episode}/decision",
            new Dictionary<string, string> { ["Decision"] = "EarlyHelp", ["DecisionDate.Day"] = day, ["DecisionDate.Month"] = month, ["DecisionDate.Year"] = year }));
        Assert.Contains(Forms.Errors(page), e => e.StartsWith(error, StringComparison.Ordinal));
        Assert.Null((await app.LoadAsync(child)).Episodes.Single().Decision);
    }

    [Fact]
    public async Task Decision_IsTheFrontDoorsAlone()
    {
        using var client = await app.SignedInAsync(WorkerRole.SocialWorker);
        var response = await client.GetAsync(new Uri($"/children/{Guid.NewGuid()}/referrals/{Guid.NewGuid()}/decision", UriKind.Relative));
        Assert.Contains("/error/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Reallocation_MovesTheChildWithOneChangedEntry()
    {
        var sam = await app.SamAsync();
        var child = await app.NewChildAsync("Noor", FrontDoorTestData.UniqueName("Realloc"), c => c.ReceiveReferral(Today, "1A", "N1", "Made up", null, null, Today));
        Guid kim;
        await using (var db = Data.SafeguardDatabase.Open(app.Database))
            kim = db.Workers.Single(w => w.Name == "Kim Colleague").Id;
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(client, $"/children/{child}/allocation", new Dictionary<string, string> { ["WorkerId"] = kim.ToString() }.With(FrontDoorTestData.Date("From", Today)))).StatusCode);
        Assert.Equal(kim, (await app.LoadAsync(child)).CurrentAllocation!.WorkerId);
        var page = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, $"/children/{child}/allocation", new Dictionary<string, string> { ["WorkerId"] = kim.ToString() }.With(FrontDoorTestData.Date("From", Today))));
        Assert.Contains("The child is already allocated to this worker", Forms.Errors(page));
        Assert.Single(await app.AuditSinceAsync(since, child), a => a.Action == AuditAction.Changed);
        Assert.NotEqual(sam, kim);
    }

    [Fact]
    public async Task Get_Queue_ListsWaitingContactsAndReferralsOldestFirstWithTheClock()
    {
        var older = await WithReferralAsync(daysAgo: 400);
        var newer = await WithReferralAsync(daysAgo: 0);
        var contact = await WithContactAsync(daysAgo: 500);
        var sam = await app.SamAsync();
        var decided = await app.NewChildAsync("Omar", FrontDoorTestData.UniqueName("Decided"), c =>
        {
            c.ReceiveReferral(Today.AddDays(-600), "1A", "N1", "Made up", null, null, Today).Decide(ReferralDecision.Assessment, Today.AddDays(-600), sam, Today);
            c.AllocateTo(sam, Today.AddDays(-600), Today);
        });
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var since = await app.LastAuditAsync();

        var page = await client.PageAsync("/front-door");

        var referrals = page.QuerySelectorAll("[data-testid=waiting-referrals] tbody tr").Select(r => r.InnerHtml).ToList();
        var olderRow = referrals.FindIndex(r => r.Contains(older.ToString(), StringComparison.Ordinal));
        var newerRow = referrals.FindIndex(r => r.Contains(newer.ToString(), StringComparison.Ordinal));
        Assert.True(olderRow >= 0 && olderRow < newerRow, $"{olderRow} < {newerRow}");
        Assert.Contains("Overdue", referrals[olderRow], StringComparison.Ordinal);
        Assert.Contains($"/children/{older}/referrals/", referrals[olderRow], StringComparison.Ordinal);
        Assert.Contains(contact.ToString(), page.QuerySelector("[data-testid=waiting-contacts] tbody tr")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(decided.ToString(), page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(AuditAction.Searched, Assert.Single(await app.AuditSinceAsync(since, older)).Action);
    }

    [Fact]
    public async Task Summary_OffersTheFrontDoorActionsThatFit()
    {
        var child = await WithReferralAsync(daysAgo: 0);
        using var client = await app.SignedInAsync(WorkerRole.FrontDoorWorker);
        var page = await client.PageAsync($"/children/{child}");
        Assert.NotNull(page.QuerySelector("[data-testid=action-decide]"));
        Assert.NotNull(page.QuerySelector("[data-testid=action-allocate]"));
        Assert.Null(page.QuerySelector("[data-testid=action-record-referral]"));
    }
}
