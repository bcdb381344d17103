package org.contextmap.demo;

import java.util.SplittableRandom;

/**
 * Pools of first names and surnames by cultural background. Every young person's name is a
 * random combination of a first name and a surname drawn from these pools, so names fit the
 * recorded ethnicity without describing any real person.
 */
enum NameBackground {
    BRITISH(
            new String[] {"Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar",
                "Leo", "Archie", "Joshua", "Thomas", "James", "William", "Mason", "Ethan", "Lewis", "Riley", "Tyler",
                "Kai", "Callum", "Connor", "Liam", "Dylan", "Reece", "Jayden", "Logan", "Harvey", "Max", "Toby",
                "Ben", "Sam", "Jake", "Ryan", "Luke", "Kieran", "Bradley", "Jordan", "Finley", "Mitchell", "Declan"},
            new String[] {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Ella", "Mia", "Poppy",
                "Ruby", "Chloe", "Evie", "Jessica", "Holly", "Megan", "Lauren", "Millie", "Freya", "Daisy", "Summer",
                "Leah", "Jade", "Courtney", "Paige", "Kayla", "Abbie", "Ellie", "Hannah", "Bethany", "Katie", "Niamh",
                "Tia", "Shannon", "Maisie", "Scarlett", "Libby"},
            new String[] {"Ashworth", "Bramley", "Calloway", "Denholm", "Eastwood", "Fairbairn", "Gilmore", "Hartley",
                "Ingram", "Jarvis", "Kendall", "Lowther", "Mercer", "Norbury", "Oakes", "Pickering", "Radcliffe",
                "Shipley", "Thwaite", "Underwood", "Varley", "Whitlock", "Yardley", "Allsop", "Barraclough",
                "Cartwright", "Dunmore", "Entwistle", "Fenwick", "Garside", "Holroyd", "Illingworth", "Kershaw",
                "Lockwood", "Marsden", "Nuttall", "Ormerod", "Priestley", "Rowbotham", "Sutcliffe", "Tattersall",
                "Wainwright", "Ackroyd", "Crowther", "Dewhurst", "Greenhalgh", "Haworth", "Lister", "Bradshaw",
                "Copley", "Duckworth", "Fothergill", "Hebden", "Midgley", "Pollard", "Stansfield", "Tolley", "Wardle"}),
    IRISH(
            new String[] {"Cian", "Oisin", "Ronan", "Padraig", "Eoin", "Darragh", "Conor", "Sean", "Tadhg", "Fionn"},
            new String[] {"Aoife", "Ciara", "Niamh", "Siobhan", "Orla", "Roisin", "Clodagh", "Saoirse", "Eimear"},
            new String[] {"Brennan", "Doherty", "Flanagan", "Gallagher", "Kavanagh", "Mulligan", "O'Driscoll",
                "Quigley", "Regan", "Tierney", "Cassidy", "Devlin", "Hegarty", "McGinley", "Rafferty", "Scanlon"}),
    CARIBBEAN(
            new String[] {"Jamal", "Tyrone", "Marcus", "Andre", "Kareem", "Dwayne", "Jermaine", "Devon", "Tristan",
                "Isaiah", "Malachi", "Elijah", "Kyrie", "Jahmai", "Rashad", "Nathaniel", "Kemar", "Shaquille",
                "Romario", "Dante"},
            new String[] {"Aaliyah", "Shanice", "Tiana", "Jada", "Kiara", "Nia", "Imani", "Chantelle", "Keisha",
                "Danielle", "Mya", "Amara", "Jasmine", "Tamara", "Shantelle", "Renee", "Kimani", "Alicia"},
            new String[] {"Campbell", "Clarke", "Grant", "Francis", "Bailey", "Samuels", "Thompson", "Hylton",
                "McKenzie", "Bryan", "Morrison", "Lindo", "Gayle", "Reid", "Lawrence", "Edwards", "Powell",
                "Richards", "Spence", "Walcott", "Beckford", "Mullings", "Palmer", "Barrett", "Facey", "Wedderburn"}),
    AFRICAN(
            new String[] {"Tobi", "Femi", "Chidi", "Emeka", "Kwame", "Kofi", "Yaw", "Abdi", "Samuel", "David", "Daniel",
                "Tunde", "Ayo", "Musa", "Jibril", "Ike", "Kelechi", "Dayo", "Nana", "Bilal", "Yonas", "Christian"},
            new String[] {"Chiamaka", "Adaeze", "Ama", "Abena", "Efua", "Folake", "Ifeoma", "Ngozi", "Hodan", "Sagal",
                "Fatuma", "Esther", "Blessing", "Precious", "Temi", "Ruth", "Grace", "Deborah", "Yetunde", "Hawa"},
            new String[] {"Adeyemi", "Okafor", "Mensah", "Asante", "Owusu", "Boateng", "Nwosu", "Eze", "Afolabi",
                "Adebayo", "Hassan", "Abdullahi", "Warsame", "Mohamud", "Kabongo", "Tesfaye", "Okonkwo", "Oduya",
                "Appiah", "Danso", "Ogunleye", "Osei", "Bakare", "Ilunga", "Haile", "Nyambura"}),
    PAKISTANI(
            new String[] {"Ayaan", "Zayn", "Hamza", "Ibrahim", "Yusuf", "Bilal", "Rayyan", "Imran", "Usman", "Haris",
                "Adnan", "Arham", "Saif", "Tariq", "Rehan", "Faisal", "Zain", "Musa", "Hassan", "Ahmed"},
            new String[] {"Aisha", "Zara", "Maryam", "Hafsa", "Inaya", "Noor", "Amina", "Sana", "Ayesha", "Khadija",
                "Safa", "Iqra", "Laiba", "Mehreen", "Alisha", "Zainab", "Hira", "Anaya"},
            new String[] {"Hussain", "Khan", "Ahmed", "Ali", "Iqbal", "Rashid", "Mahmood", "Akhtar", "Bashir", "Shah",
                "Aslam", "Javed", "Anwar", "Qureshi", "Saddiq", "Mirza", "Raza", "Butt", "Malik", "Nawaz"}),
    BANGLADESHI(
            new String[] {"Abdul", "Rahim", "Sami", "Tanvir", "Shahid", "Jamil", "Rafiq", "Ashik", "Mahir", "Nabil",
                "Rumel", "Sohel"},
            new String[] {"Tahmina", "Rukhsana", "Nusrat", "Farhana", "Sumaiya", "Jannat", "Tasnim", "Sadia",
                "Shirin", "Rima", "Lubna"},
            new String[] {"Miah", "Uddin", "Rahman", "Islam", "Chowdhury", "Hoque", "Alam", "Karim", "Ahmed",
                "Hossain", "Sarkar", "Talukder"}),
    INDIAN(
            new String[] {"Arjun", "Rohan", "Aarav", "Dev", "Krish", "Vikram", "Kabir", "Ravi", "Jaspreet", "Harjit",
                "Gurpreet", "Sahil", "Nikhil", "Ishaan", "Manveer", "Karan"},
            new String[] {"Priya", "Ananya", "Anika", "Diya", "Simran", "Kiran", "Meera", "Navneet", "Pooja", "Riya",
                "Harleen", "Asha", "Nisha", "Tara", "Jasleen"},
            new String[] {"Patel", "Sharma", "Singh", "Gill", "Sandhu", "Mistry", "Chauhan", "Desai", "Joshi", "Kumar",
                "Bains", "Dhillon", "Rai", "Thakkar", "Parmar", "Sidhu", "Lakhani", "Solanki"}),
    CHINESE(
            new String[] {"Wei", "Jun", "Hao", "Ming", "Kai", "Jason", "Kevin", "Alan", "Ryan", "Ethan"},
            new String[] {"Mei", "Xin", "Yan", "Ling", "Jia", "Wing", "Michelle", "Jenny", "Amy", "Chloe"},
            new String[] {"Wong", "Chan", "Li", "Zhang", "Liu", "Lam", "Cheung", "Ng", "Ho", "Lau", "Tang", "Yip"}),
    EAST_EUROPEAN(
            new String[] {"Jakub", "Kacper", "Mateusz", "Filip", "Dawid", "Andrei", "Luca", "Marius", "Bogdan", "Tomas",
                "Lukas", "Dominik", "Szymon", "Vlad", "Adrian", "Ionut"},
            new String[] {"Zuzanna", "Julia", "Natalia", "Wiktoria", "Alexandra", "Ioana", "Elena", "Ana", "Daria",
                "Karolina", "Gabriela", "Emilia", "Oliwia", "Bianca", "Roxana"},
            new String[] {"Nowak", "Wozniak", "Popescu", "Ionescu", "Horvath", "Dumitru", "Kovacs", "Marin", "Lazar",
                "Balan", "Sirbu", "Kral", "Dvorak", "Nagy", "Toth", "Mazur", "Krol", "Petrescu", "Rusu", "Varga"}),
    ARAB(
            new String[] {"Omar", "Ahmad", "Karim", "Sami", "Youssef", "Khalid", "Adam", "Ali", "Hadi", "Tamer"},
            new String[] {"Layla", "Yasmin", "Salma", "Rania", "Leen", "Huda", "Mariam", "Nour", "Dina", "Lina"},
            new String[] {"Haddad", "Nasser", "Saleh", "Mansour", "Darwish", "Khalil", "Aziz", "Hamdan", "Sabbagh",
                "Jaber"});

    private final String[] boys;
    private final String[] girls;
    private final String[] surnames;

    NameBackground(String[] boys, String[] girls, String[] surnames) {
        this.boys = boys;
        this.girls = girls;
        this.surnames = surnames;
    }

    String firstName(SplittableRandom random, Gender gender) {
        String[] pool = switch (gender) {
            case MALE -> boys;
            case FEMALE -> girls;
            default -> random.nextBoolean() ? boys : girls;
        };
        return pool[random.nextInt(pool.length)];
    }

    String surname(SplittableRandom random) {
        return surnames[random.nextInt(surnames.length)];
    }
}
