namespace Safeguard.Generator;

/// <summary>
/// Common English first names and surnames, combined at random: synthetic people, not real ones. Lists written for
/// Safeguard from general knowledge of common names in England, not taken from any record.
/// </summary>
internal static class Names
{
    public static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia", "Isabella", "Grace", "Daisy",
        "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia", "Evie", "Charlotte", "Harper", "Millie", "Matilda", "Maya", "Sophie",
        "Alice", "Emilia", "Isabelle", "Ruby", "Luna", "Maisie", "Aria", "Penelope", "Mila", "Bonnie", "Eva", "Hallie", "Eliza", "Ada", "Violet",
        "Esme", "Arabella", "Imogen", "Jessica", "Delilah", "Thea", "Chloe", "Lucy", "Layla", "Hannah", "Orla", "Zara", "Megan", "Holly", "Amber",
        "Lola", "Aisha", "Maryam", "Fatima", "Zainab", "Hafsa", "Amira", "Nadia", "Leah", "Erin", "Scarlett", "Molly", "Katie", "Lauren", "Abigail",
        "Ellie", "Jasmine", "Niamh", "Summer", "Skye", "Paige", "Courtney", "Jade", "Kayla", "Tia", "Keira", "Chantelle", "Shannon", "Bethany", "Caitlin",
        "Georgia", "Harriet", "Beatrice", "Clara", "Edith", "Martha", "Nancy", "Iris", "Hazel", "Aurora",
    ];

    public static readonly string[] Boys =
    [
        "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore", "Freddie", "Jack", "Charlie", "Theo",
        "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "William", "Lucas", "Roman", "Tommy", "Isaac", "Teddy", "Alexander", "Luca", "Edward", "James",
        "Joshua", "Albie", "Elijah", "Max", "Mohammed", "Reuben", "Mason", "Sebastian", "Rory", "Jude", "Louie", "Benjamin", "Ethan", "Adam", "Hugo",
        "Joseph", "Reggie", "Ronnie", "Louis", "Frankie", "Harrison", "Ezra", "Albert", "Samuel", "Daniel", "Toby", "Dylan", "Riley", "Jayden", "Tyler",
        "Kai", "Logan", "Callum", "Connor", "Kieran", "Liam", "Ryan", "Jamie", "Bradley", "Nathan", "Aaron", "Ibrahim", "Yusuf", "Zayn", "Ayaan",
        "Omar", "Ali", "Hamza", "Bilal", "Musa", "Kacper", "Jakub", "Filip", "Luke", "Owen", "Lewis", "Ben", "Sam", "Joe", "Matthew",
        "Harvey", "Stanley", "Jenson", "Elliot", "Caleb", "Austin", "Felix", "Jasper", "Otis", "Milo",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright",
        "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper",
        "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson",
        "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell",
        "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
        "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes",
        "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham",
        "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox",
        "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien",
        "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett",
        "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
        "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane",
        "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman",
        "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor", "Harper",
        "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston",
        "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rahman", "Mahmood", "Nowak", "Kowalski", "Okafor", "Mensah", "Adeyemi",
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "Victoria Road", "London Road", "Green Lane", "Manor Road", "Queens Road",
        "New Road", "Kings Road", "School Lane", "North Street", "The Crescent", "Grange Road", "Orchard Close", "Springfield Road", "Chestnut Avenue",
        "Windsor Road", "York Road", "Albert Road", "Meadow Way", "Oak Drive", "Elm Grove", "Willow Close", "Beech Road", "Park Avenue", "Mount Pleasant",
        "Castle Street",
    ];
}
