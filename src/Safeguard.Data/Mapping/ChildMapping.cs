using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Recording;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Mapping;

internal sealed class ChildMapping : IEntityTypeConfiguration<Child>
{
    private static readonly ValueConverter<NhsNumber, string> NhsNumberColumn = new(v => v.Value, s => NhsNumber.Parse(s, "NhsNumber"));
    private static readonly ValueConverter<UniquePupilNumber, string> UpnColumn = new(v => v.Value, s => UniquePupilNumber.Parse(s, "Upn"));

    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.ToTable("Children");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.LaChildId).HasMaxLength(20);
        b.HasIndex(x => new { x.AuthorityId, x.LaChildId }).IsUnique();
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.HasIndex(x => new { x.AuthorityId, x.FamilyName, x.GivenName });
        b.Property(x => x.GivenNameKey).HasMaxLength(4);
        b.Property(x => x.FamilyNameKey).HasMaxLength(4);
        b.HasIndex(x => new { x.AuthorityId, x.FamilyNameKey });
        b.HasIndex(x => new { x.AuthorityId, x.GivenNameKey });
        b.HasIndex(x => new { x.AuthorityId, x.DateOfBirth });
        b.Property(x => x.Ethnicity).HasMaxLength(4);
        b.Property(x => x.NhsNumber).HasConversion(NhsNumberColumn).HasMaxLength(10);
        b.HasIndex(x => x.NhsNumber);
        b.Property(x => x.Upn).HasConversion(UpnColumn).HasMaxLength(13);
        b.HasIndex(x => x.Upn);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.FullName);
        b.Ignore(x => x.IsUnborn);

        b.HasMany(x => x.Addresses).WithOne().HasForeignKey("ChildId").OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(x => x.Disabilities, d =>
        {
            d.ToTable("ChildDisabilities");
            d.WithOwner().HasForeignKey("ChildId");
            d.Property(x => x.Code).HasMaxLength(4);
            d.HasKey("ChildId", nameof(ChildDisability.Code));
        });
        b.HasMany(x => x.Relationships).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Episodes).WithOne(x => x.Child).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PeriodsOfCare).WithOne(x => x.Child).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.CaseNotes).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Allocations).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.NamedAccess).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.InformationRequests).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NamedAccessMapping : IEntityTypeConfiguration<NamedAccess>
{
    public void Configure(EntityTypeBuilder<NamedAccess> b)
    {
        b.ToTable("NamedAccess");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ChildId, x.WorkerId }).IsUnique();
    }
}

internal sealed class InformationRequestMapping : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> b)
    {
        b.ToTable("InformationRequests");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Question).HasMaxLength(4000);
        b.Property(x => x.Answer).HasMaxLength(8000);
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PartnerId);
        b.Ignore(x => x.IsAnswered);
    }
}

internal sealed class AddressMapping : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> b)
    {
        b.ToTable("Addresses");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Line1).HasMaxLength(200);
        b.Property(x => x.Town).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
    }
}

internal sealed class RelationshipMapping : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> b)
    {
        b.ToTable("Relationships");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<FamilyMember>().WithMany().HasForeignKey(x => x.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(x => x.RelatedChildId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContactMapping : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("Contacts");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Source).HasMaxLength(3);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.FromProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ReceivedOn);
        b.HasIndex(x => x.SubmittedBy);
    }
}

internal sealed class CaseNoteMapping : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(20000);
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationMapping : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> b)
    {
        b.ToTable("Allocations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        // The work tray and caseloads ask "whose children are these now?"
        b.HasIndex(x => new { x.WorkerId, x.To });
        // Covering for the indicators (a child's allocations in id order); serves the foreign key.
        b.HasIndex(x => new { x.ChildId, x.Id, x.From, x.To, x.WorkerId }).HasDatabaseName("IX_Allocations_ChildId_Covering");
        // The children allocated on a day (the workforce day): the open allocations, without walking them all.
        b.HasIndex(x => new { x.To, x.From, x.ChildId });
    }
}
