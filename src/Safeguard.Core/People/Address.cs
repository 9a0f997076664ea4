namespace Safeguard.Core.People;

/// <summary>Where the child lived, and when. The history is kept; moving adds a new address and ends the last.</summary>
public sealed class Address
{
    private Address() { }

    internal Address(string line1, string town, string postcode, DateOnly from)
    {
        Id = Shared.Ids.New();
        Line1 = line1; Town = town; Postcode = postcode; From = from;
    }

    public Guid Id { get; private set; }
    public string Line1 { get; private set; } = "";
    public string Town { get; private set; } = "";
    public string Postcode { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    internal void End(DateOnly to) => To = to;

    public override string ToString() => $"{Line1}, {Town} {Postcode}";
}
