using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Core.Assessments;
using Safeguard.Core.ChildInNeed;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Mapping;

internal sealed class EpisodeMapping : IEntityTypeConfiguration<EpisodeOfNeed>
{
    public void Configure(EntityTypeBuilder<EpisodeOfNeed> b)
    {
        b.ToTable("EpisodesOfNeed");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ReferralSource).HasMaxLength(3);
        b.Property(x => x.PrimaryNeed).HasMaxLength(2);
        b.Property(x => x.Reason).HasMaxLength(4000);
        b.Property(x => x.ClosureReason).HasMaxLength(3);
        b.Ignore(x => x.ReferralNfa);
        b.Ignore(x => x.IsOpen);
        b.HasOne<Contact>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Core.People.Professional>().WithMany().HasForeignKey(x => x.ReferrerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.DecidedBy).OnDelete(DeleteBehavior.Restrict);
        // Returns and indicators select episodes by referral date and by closure date.
        b.HasIndex(x => x.ReferralDate);
        b.HasIndex(x => x.ClosureDate);
        // The census window in child order, covering: the census export walks it child by child, tests the window
        // in the index and joins on the id without touching the table; with the decision date it also holds all the
        // indicators read of an episode, so they never touch the table either. It also serves the foreign key (EF
        // drops the plain ChildId index it would otherwise make). Named short for PostgreSQL's 63 characters.
        b.HasIndex(x => new { x.ChildId, x.ClosureDate, x.ReferralDate, x.Id, x.DecisionDate }).HasDatabaseName("IX_EpisodesOfNeed_ChildId_Window");
        b.HasMany(x => x.Assessments).WithOne(x => x.Episode).HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.StrategyDiscussions).WithOne().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Section47Enquiries).WithOne(x => x.Episode).HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Conferences).WithOne().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ChildProtectionPlans).WithOne(x => x.Episode).HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ChildInNeedPlans).WithOne(x => x.Episode).HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.PendingClosureRequest);
        // Owned: a closure request is part of the episode and loads with it, so the closure rules always see them.
        b.OwnsMany(x => x.ClosureRequests, r =>
        {
            r.ToTable("ClosureRequests");
            r.WithOwner().HasForeignKey(x => x.EpisodeId);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasKey(x => x.Id);
            r.Property(x => x.Reason).HasMaxLength(3);
            r.Property(x => x.Summary).HasMaxLength(20000);
            r.Property(x => x.ReturnComments).HasMaxLength(4000);
            r.Ignore(x => x.IsAwaitingAuthorisation);
            r.Ignore(x => x.ReasonText);
            // The managers' authorisation queue: requests still waiting.
            r.HasIndex(x => x.Status);
        });
    }
}

internal sealed class AssessmentMapping : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessments");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Analysis).HasMaxLength(50000);
        b.Property(x => x.ReturnComments).HasMaxLength(4000);
        b.Ignore(x => x.IsInProgress);
        b.Ignore(x => x.IsAwaitingAuthorisation);
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.AuthorisedBy).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Factors, f =>
        {
            f.ToTable("AssessmentFactors");
            f.WithOwner().HasForeignKey("AssessmentId");
            f.Property(x => x.Code).HasMaxLength(3);
            f.HasKey("AssessmentId", nameof(AssessmentFactor.Code));
        });
        // The managers' authorisation queue: submitted but not yet authorised.
        b.HasIndex(x => new { x.AuthorisationDate, x.SubmittedDate });
        // Covering for the indicators (IndicatorRows reads these columns by episode, in id order); serves the foreign key.
        b.HasIndex(x => new { x.EpisodeId, x.Id, x.Kind, x.StartDate, x.AuthorisationDate }).HasDatabaseName("IX_Assessments_EpisodeId_Covering");
    }
}

internal sealed class StrategyDiscussionMapping : IEntityTypeConfiguration<StrategyDiscussion>
{
    public void Configure(EntityTypeBuilder<StrategyDiscussion> b)
    {
        b.ToTable("StrategyDiscussions");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Summary).HasMaxLength(20000);
        b.OwnsMany(x => x.Participants, p =>
        {
            p.ToTable("StrategyParticipants");
            p.WithOwner().HasForeignKey("StrategyDiscussionId").HasConstraintName("FK_StrategyParticipants_StrategyDiscussion");
            p.HasKey("StrategyDiscussionId", nameof(StrategyParticipant.Agency));
        });
    }
}

internal sealed class Section47Mapping : IEntityTypeConfiguration<Section47Enquiry>
{
    public void Configure(EntityTypeBuilder<Section47Enquiry> b)
    {
        b.ToTable("Section47Enquiries");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.ConferenceNotRequired);
        b.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(x => x.StrategyDiscussionId).OnDelete(DeleteBehavior.Restrict);
        // Covering for the indicators (by episode, in id order); serves the foreign key.
        b.HasIndex(x => new { x.EpisodeId, x.Id, x.StartDate, x.StrategyDiscussionDate }).HasDatabaseName("IX_Section47Enquiries_EpisodeId_Covering");
    }
}

internal sealed class ConferenceMapping : IEntityTypeConfiguration<ChildProtectionConference>
{
    public void Configure(EntityTypeBuilder<ChildProtectionConference> b)
    {
        b.ToTable("ChildProtectionConferences");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Section47Enquiry>().WithMany().HasForeignKey(x => x.Section47Id).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.ChairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Date);
        // Covering for the indicators (by episode, in id order); serves the foreign key.
        b.HasIndex(x => new { x.EpisodeId, x.Id, x.Kind, x.Date, x.Section47Id }).HasDatabaseName("IX_ChildProtectionConferences_EpisodeId_Covering");
    }
}

internal sealed class ChildProtectionPlanMapping : IEntityTypeConfiguration<ChildProtectionPlan>
{
    public void Configure(EntityTypeBuilder<ChildProtectionPlan> b)
    {
        b.ToTable("ChildProtectionPlans");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.InitialCategory).HasMaxLength(3);
        b.Property(x => x.LatestCategory).HasMaxLength(3);
        b.Property(x => x.EndReason).HasMaxLength(500);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.LastReviewOrStart);
        // Constraint names stay under PostgreSQL's 63 characters, so both databases name them alike.
        b.HasOne<ChildProtectionConference>().WithMany().HasForeignKey(x => x.StartedAtConferenceId)
            .HasConstraintName("FK_ChildProtectionPlans_StartedAtConference").OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StartDate, x.EndDate });
        // Covering for the indicators (by episode, in id order); serves the foreign key.
        b.HasIndex(x => new { x.EpisodeId, x.Id, x.StartDate, x.EndDate, x.PreviousPlans }).HasDatabaseName("IX_ChildProtectionPlans_EpisodeId_Covering");
        b.OwnsMany(x => x.CoreGroups, c =>
        {
            c.ToTable("CoreGroupMeetings");
            c.WithOwner().HasForeignKey("PlanId");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.HasKey(x => x.Id);
        });
        b.OwnsMany(x => x.Reviews, r =>
        {
            r.ToTable("PlanReviews");
            r.WithOwner().HasForeignKey("PlanId");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasKey(x => x.Id);
        });
    }
}

internal sealed class ChildInNeedPlanMapping : IEntityTypeConfiguration<ChildInNeedPlan>
{
    public void Configure(EntityTypeBuilder<ChildInNeedPlan> b)
    {
        b.ToTable("ChildInNeedPlans");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.LastReviewOrStart);
        b.OwnsMany(x => x.Reviews, r =>
        {
            r.ToTable("ChildInNeedPlanReviews");
            r.WithOwner().HasForeignKey("PlanId");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasKey(x => x.Id);
            r.Property(x => x.Summary).HasMaxLength(20000);
        });
    }
}
