using Safeguard.Core.People;

namespace Safeguard.Core.Tests.People;

public sealed class PersonMatchingTests
{
    private static PersonCandidate Person(string given, string family, DateOnly? dob = null, string? nhs = null, string? upn = null) =>
        new(Guid.NewGuid(), given, family, dob ?? new DateOnly(2019, 4, 3), null, nhs, upn);

    [Theory]
    [InlineData("Smith", "Smyth")]
    [InlineData("Stephen", "Steven")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Philip", "Filip")]
    [InlineData("Aisha", "Ayesha")]
    [InlineData("Sean", "Shaun")]
    [InlineData("Knight", "Night")]
    public void PhoneticKey_NamesThatSoundAlike_Agree(string a, string b) =>
        Assert.Equal(PersonMatching.PhoneticKey(a), PersonMatching.PhoneticKey(b));

    [Theory]
    [InlineData("Smith", "Jones")]
    [InlineData("Catherine", "Caroline")]
    [InlineData("Ava", "Eva")]
    public void PhoneticKey_DifferentNames_Differ(string a, string b) =>
        Assert.NotEqual(PersonMatching.PhoneticKey(a), PersonMatching.PhoneticKey(b));

    [Theory]
    [InlineData("Catherine", "K365")]
    [InlineData("Robert", "R163")]
    [InlineData("Tymczak", "T522")]
    [InlineData("O'Neill", "O540")]
    [InlineData("Smith-Jones", "S530")]
    [InlineData("Zoë", "Z000")]
    [InlineData("123", "")]
    public void PhoneticKey_IsSoundexAfterSpellingIsNormalised(string name, string key) => Assert.Equal(key, PersonMatching.PhoneticKey(name));

    [Theory]
    [InlineData("testwood", "Testwood", NameMatch.Exact)]
    [InlineData("TESTWOOD", "Testwood", NameMatch.Exact)]
    [InlineData("test", "Testwood", NameMatch.StartsWith)]
    [InlineData("smyth", "Smith", NameMatch.SoundsAlike)]
    [InlineData("tetswood", "Testwood", NameMatch.Typo)]      // two letters swapped: one edit
    [InlineData("hary", "Harry", NameMatch.SoundsAlike)]      // sounding alike ranks above a typo
    [InlineData("jobes", "Jones", NameMatch.Typo)]            // a wrong letter
    [InlineData("qilliamson", "Williamson", NameMatch.Typo)]  // a wrong first letter
    [InlineData("qilliamsom", "Williamson", NameMatch.Typo)]  // two edits in a long name
    [InlineData("ava", "Eva", NameMatch.None)]                // short names: no typo allowance
    [InlineData("qilkinsen", "Williamson", NameMatch.None)]   // too many edits
    [InlineData("jxbes", "Jones", NameMatch.None)]            // two edits in a five-letter name
    public void Compare_ScalesTheTyposAllowedByLength(string word, string name, NameMatch expected) =>
        Assert.Equal(expected, PersonMatching.Compare(word, name));

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    public void TyposAllowed_ByLength(int length, int allowed) => Assert.Equal(allowed, PersonMatching.TyposAllowed(length));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_CountsEditsWithSwapsAsOne(string a, string b, int expected) => Assert.Equal(expected, PersonMatching.Distance(a, b));

    [Fact]
    public void Distance_StopsAtTheLimit() => Assert.Equal(2, PersonMatching.Distance("aaaaaaaa", "bbbbbbbb", 1));

    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("9434765919")]
    [InlineData("943-476-5919")]
    [InlineData(" 94 34 76 59 19 ")]
    public void Parse_NhsNumber_WithOrWithoutSpaces(string text)
    {
        var query = PersonMatching.Parse(text);
        Assert.Equal("9434765919", query.NhsNumber!.Value.Value);
        Assert.Empty(query.Names);
        Assert.Empty(query.NotUnderstood);
    }

    [Theory]
    [InlineData("3/4/2019")]
    [InlineData("03/04/2019")]
    [InlineData("3 4 2019")]
    [InlineData("3-4-2019")]
    [InlineData("3.4.2019")]
    [InlineData("2019-04-03")]
    public void Parse_DateOfBirth_InTheFormatsPeopleType(string text) =>
        Assert.Equal(new DateOnly(2019, 4, 3), PersonMatching.Parse(text).DateOfBirth);

    [Fact]
    public void Parse_NameAndDate_Together()
    {
        var query = PersonMatching.Parse("Ava  Testwood 3 4 2019");
        Assert.Equal(["ava", "testwood"], query.Names);
        Assert.Equal(new DateOnly(2019, 4, 3), query.DateOfBirth);
    }

    [Fact]
    public void Parse_ImpossibleDate_IsNotUnderstood()
    {
        var query = PersonMatching.Parse("31/2/2019");
        Assert.Null(query.DateOfBirth);
        Assert.Equal(["31/2/2019"], query.NotUnderstood);
    }

    [Fact]
    public void Parse_Upn_IsRecognised()
    {
        var upn = UniquePupilNumber.FromBody("801200001001").Value;
        Assert.Equal(upn, PersonMatching.Parse(upn.ToLowerInvariant()).Upn!.Value.Value);
    }

    [Fact]
    public void Parse_NumberThatIsNoIdentifier_IsNotUnderstood() =>
        Assert.Equal(["12345"], PersonMatching.Parse("ava 12345").NotUnderstood);

    [Fact]
    public void Score_EveryWordMustMatchEitherName()
    {
        var ava = Person("Ava", "Testwood");
        Assert.NotNull(PersonMatching.Score(PersonMatching.Parse("testwood ava"), ava));
        Assert.Null(PersonMatching.Score(PersonMatching.Parse("ava jones"), ava));
    }

    [Fact]
    public void Score_RanksExactAboveSoundsAlikeAboveTypo()
    {
        var query = PersonMatching.Parse("smith");
        var exact = PersonMatching.Score(query, Person("Jo", "Smith"))!.Value;
        var soundsAlike = PersonMatching.Score(query, Person("Jo", "Smyth"))!.Value;
        var typo = PersonMatching.Score(PersonMatching.Parse("qmith"), Person("Jo", "Smith"))!.Value;
        Assert.True(exact > soundsAlike, $"{exact} > {soundsAlike}");
        Assert.True(soundsAlike > typo, $"{soundsAlike} > {typo}");
    }

    [Fact]
    public void Score_IdentifiersMustMatchExactly()
    {
        var nhs = PersonMatching.Parse("943 476 5919");
        Assert.NotNull(PersonMatching.Score(nhs, Person("Ava", "Testwood", nhs: "9434765919")));
        Assert.Null(PersonMatching.Score(nhs, Person("Ava", "Testwood")));
        var dob = PersonMatching.Parse("ava 4/3/2019");
        Assert.Null(PersonMatching.Score(dob, Person("Ava", "Testwood", new DateOnly(2019, 4, 3))));
        Assert.NotNull(PersonMatching.Score(dob, Person("Ava", "Testwood", new DateOnly(2019, 3, 4))));
    }

    [Fact]
    public void Score_DoubleBarrelledNames_MatchByEitherPart() =>
        Assert.NotNull(PersonMatching.Score(PersonMatching.Parse("jones"), Person("Mia", "Smith-Jones")));

    [Fact]
    public void IsPossibleDuplicate_AlikeNamesAndCloseBirth_Match()
    {
        var existing = Person("Kathryn", "Smith", new DateOnly(2019, 4, 3));
        Assert.True(PersonMatching.IsPossibleDuplicate(Person("Catherine", "Smyth", new DateOnly(2019, 4, 3)), existing));
        Assert.True(PersonMatching.IsPossibleDuplicate(Person("Kathryn", "Smith", new DateOnly(2019, 3, 4)), existing));
        Assert.False(PersonMatching.IsPossibleDuplicate(Person("Kathryn", "Smith", new DateOnly(2014, 1, 1)), existing));
        Assert.False(PersonMatching.IsPossibleDuplicate(Person("Oliver", "Brown", new DateOnly(2019, 4, 3)), existing));
    }

    [Fact]
    public void IsPossibleDuplicate_SameNhsNumber_MatchesWhateverTheName() =>
        Assert.True(PersonMatching.IsPossibleDuplicate(Person("Oliver", "Brown", nhs: "9434765919"), Person("Kathryn", "Smith", nhs: "9434765919")));
}

public sealed class AgencySourcesTests
{
    [Theory]
    [InlineData(Agency.Police, "6")]
    [InlineData(Agency.Education, "2A")]
    [InlineData(Agency.Health, "3B")]
    [InlineData(Agency.Housing, "4")]
    [InlineData(Agency.Voluntary, "8")]
    public void For_GivesTheAgencysUsualCodeFirst(Agency agency, string code) =>
        Assert.Equal(code, Core.FrontDoor.AgencySources.For(agency)[0]);

    [Fact]
    public void For_EveryAgency_GivesCensusCodes()
    {
        foreach (var agency in Enum.GetValues<Agency>())
            Assert.All(Core.FrontDoor.AgencySources.For(agency), code => Assert.True(Core.Codes.CodeLists.ReferralSource.Contains(code), code));
    }
}
