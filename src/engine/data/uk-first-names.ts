/**
 * Common UK given names, for spotting a child's first name that is not on the school's roster.
 *
 * Source: written for Post Guard by hand from general knowledge, guided by the Office for National Statistics
 * "Baby names in England and Wales" tables (the top names for boys and girls, 1996–2023), the ONS historic
 * top-100 lists (1904–1994, for names of parents and grandparents), and given names common in the UK's
 * Scottish, Welsh, Irish, South Asian, African, Caribbean, Eastern European and Arabic-speaking communities.
 * No dataset was copied; spellings are the common ones, with frequent variants.
 *
 * Markers: a name ending in `*` is also an ordinary word ("Hope", "Will", "Summer"): it counts as a name only
 * where the text uses it as one. A name ending in `^` is also a capitalised word that is not a person (a month,
 * a place, a brand: "May", "Paris", "Chelsea"), so even its capital letter says nothing.
 */
import { foldText } from '../text/fold';

const BOYS = `
Aaron Aarav Aaryan Abdul Abdullah Abdulrahman Abe Abel Abraham Abu Adam Adan Adarsh Adeel Adel Aden Adil Aditya
Adnan Adrian Ahmad Ahmed Ahmet Aidan Aiden Ajay Akash Akbar Akeem Al Alain Alan Alastair Albert Albie Alberto
Aldo Alec Alejandro Alessandro Alex Alexander Alexandru Alexis Alf Alfie Alfred Alfredo Ali Alistair Allan Allen
Alvin Amaan Amar Ambrose Amir Amit Amos Anand Anas Anders Andre Andreas Andrei Andrew Andy Aneurin Angus Anil
Anthony Anton Antoni Antonio Anwar Archer* Archibald Archie Ari Arjun Arlo Armaan Arnav Arnie Arnold Aron Art*
Arthur Arun Aryan Asa Asad Ash* Asher Ashley Ashton Aston Atticus Aubrey August^ Augustus Aurelio Austin^ Axel
Ayaan Ayan Ayden Ayub Ayman Ayrton Aziz Azaan Bailey Barnaby Barney Barry Bartholomew Bartosz Basil Baxter Bear*
Beau Ben Benedict Benjamin Benji Bennett Benny Bernard Bert Bertie Bilal Bill* Billy Blake Bob* Bobby Bodhi Bogdan
Boris Bowen Brad Bradley Brady Bran Brandon Brendan Brett Brian Brody Bruce Bruno Bryan Bryn Bryson Buddy* Byron
Caleb Callan Callum Calum Calvin Cameron Campbell Carl Carlo Carlos Carson Carter Casey Cash* Caspar Casper Cassius
Cecil Cedric Cesar Chad Charles Charlie Chester^ Chris Christian^ Christopher Cian Ciaran Cillian Clarence Clark
Claude Clay* Clayton Clement Cliff* Clifford Clive Cody Cole Colin Conan Conor Conrad Cooper* Corey Cormac Cory
Craig Cristian Curtis Cyril Cyrus Dafydd Dale* Damian Damien Damon Dan Dane Daniel Danny Dante Darcy Dario Darius
Darragh Darren Darryl Daryl Dave David Davide Davy Dawid Dean* Declan Deen Denis Dennis Denzel Derek Dermot Deshawn
Desmond Dev Devon^ Dexter Dhruv Diego Dilan Dillon Dimitri Dinesh Dion Dmitri Dominic Dominik Don* Donald Donovan
Dorian Doug Douglas Drew* Duke* Duncan Dwayne Dylan Eamon Eamonn Earl* Ed Eddie Eddy Edgar Edison Edmund Edward
Edwin Eesa Efe Eli Elias Elijah Eliot Eliott Elis Elliot Elliott Ellis Elmer Elvis Emanuel Emeka Emil Emile Emilio
Emir Emmanuel Emmett Emre Enzo Ephraim Eric Erik Ernest Ernie Errol Esa Ethan Euan Eugene Evan Ewan Ezekiel Ezra
Fabian Faisal Faris Farhan Farouk Fawaz Federico Felix Fergus Fernando Filip Finlay Finley Finn Finnian Fintan
Fionn Flynn Ford Forrest Francesco Francis Franco Frank* Frankie Franklin Fraser Fred Freddie Freddy Frederick
Gabriel Gareth Garry Gary Gavin Gene* Geoff Geoffrey George Georgi Gerald Gerard Gerry Gethin Gianluca Gideon Gil
Gilbert Giles Giorgio Giovanni Glen* Glenn Gordon Graeme Graham Grant* Greg Gregory Griffin Gruffydd Guillermo
Gulliver Gus* Gustav Guy* Hadi Hamish Hamza Hamzah Hank Hans Haris Harlan Harley^ Harold Harri Harris Harrison Harry
Harvey Hasan Hassan Hayden Heath* Hector Henri Henry Herbert Hiro Homer Horace Howard Hubert Hudson Hugh Hugo Humza
Hunter* Hussain Hussein Huw Iain Ian Ibrahim Idris Ieuan Ifan Ignacio Igor Ilyas Imran Indy Innes Ioan Ion Iqbal
Ira Isaac Isaiah Ishaan Ishaq Ismail Ivan Ivor Jack Jackson Jacob Jacques Jaden Jago Jai Jaiden Jake Jakob Jakub
Jamal James Jameson Jamie Jamil Jan^ Jared Jarrod Jason Jasper Javier Jax Jay* Jayden Jaylen Jed Jeff Jeffrey Jenson
Jeremiah Jeremy Jermaine Jerome Jerry Jesse Jim Jimmy Joaquin Jock Joe Joel Joey Johan John Johnathan Johnny Jon
Jonah Jonas Jonathan Jonjo Jordan^ Jorge Jose Josef Joseph Josh Joshua Josiah Juan Jude Jules Julian Julien Julius
Junior Justin Kabir Kacper Kade Kaden Kai Kaiden Kallum Kamal Kamil Karan Karim Karl Karol Kasim Kayden Keaton
Keegan Keith Kelvin Ken Kenneth Kenny Kenzo Kerr Kevin Khalid Kian Kieran Kiernan Killian Kim King* Kingsley Kip
Kirk Kit* Klaus Kobe Konrad Krishna Kristian Krzysztof Kuba Kurt Kwame Kyle Kyran Lachlan Lance* Lars Laurence
Laurie Lawrence Layton Leandro Lee Leighton Leland Lennie Lennon Lenny Leo Leon Leonard Leonardo Leroy Les* Leslie
Levi Lewis Liam Lincoln^ Lionel Llewellyn Lloyd Logan Lorcan Lorenzo Louie Louis Luca Lucas Lucian Luis Luka Lukas
Luke Lyle Lyndon Mac Macauley Mackenzie Maddox Magnus Mahdi Mahmoud Majid Malachi Malcolm Malik Manuel Marc Marco
Marcel Marcus Mario Marius Mark* Marley Marlon Martin Marvin Mason* Mateo Mateusz Mathew Mathias Matias Matteo
Matthew Matthias Mattie Maurice Max* Maxim Maximilian Maximus Maxwell Mehmet Mel Melvin Micah Michael Michal Mick
Mickey* Miguel Mikael Mike Mikey Milan^ Miles* Milo Milosz Mitchell Mohamed Mohammad Mohammed Mohsin Monty Morgan
Moses Muhammad Muhammed Murray Musa Mustafa Nasir Nathan Nathaniel Neil Nelson Niall Nicholas Nick* Nicky Nico
Nicolas Nigel Nikhil Nikita Nikolai Noah Noel Norman^ Nowell Oakley Obi Ocean* Oisin Olaf Ole Oli Oliver Olivier
Ollie Omar Orlando^ Oscar Osian Oskar Oswald Otis Otto Owain Owen Ozzy Pablo Paddy* Paolo Parker Pascal Pat* Patrick
Patryk Paul Pawel Pedro Percy Perry Pete Peter Phil Philip Phillip Phoenix^ Piers Pierre Piotr Preston Prince*
Quentin Quinn Rafael Rafe Raff Rafferty Rahul Raj Rajesh Ralph Ramon Randall Raphael Rashid Raul Ravi Ray* Rayan
Raymond Rees Reece Reggie Reginald Reid Reilly Remi Remy Reuben Rex Rhodri Rhys Ricardo Richard Richie Rick Ricky
Riley Rio^ Rishi Riyad River* Roan Rob* Robbie Robert Roberto Robin* Rocco Rocky* Rodney Rodrigo Roger Rohan Roland
Roman Romeo Ron Ronald Ronan Ronnie Rory Ross Rowan* Roy Ruairi Ruben Rudy Rufus Rupert Russell Rusty* Ryan Ryder
Ryley Sachin Saif Saleem Salman Sam Sami Samir Sammy Samson Samuel Sandeep Santiago^ Saul Scott Seamus Sean Sebastian
Sergei Sergio Seth Shane Shaun Shawn Sheldon Sid Sidney Silas Simon Sol* Solomon Sonny Spencer Stan Stanley Stefan
Stephen Steve Steven Stewart Stuart Sufyan Suleiman Sulaiman Sullivan Sunil Syed Sylvester Szymon Tadhg Talha Tariq
Ted Teddy* Terence Terrence Terry Theo Theodore Thiago Thomas Tiago Tim Timmy Timothy Tobias Toby Todd Tom Tomas
Tommy Tony Travis Trevor Tristan Troy Tyler Tyrone Tyson Umar Usman Uzair Valentin Valentino Vernon Victor Vikram
Vince Vincent Vinnie Vishal Vivek Vlad Wade* Wallace Walter Warren Waseem Wayne Wesley Wilbur Wilf Wilfred Will*
William Willie Willis Wilson Winston Wojciech Wyatt Xander Xavier Yahya Yasin Yassin Yousef Yusuf Yves Zac Zach
Zachariah Zachary Zack Zaid Zain Zak Zakaria Zayan Zayd Zayn Zeke Zion^ Zubair
`;

const GIRLS = `
Aaliyah Aanya Abbey Abbie Abby Abigail Ada Adaeze Addison Adela Adele Adeline Adriana Adrienne Agata Agatha Agnes
Aida Ailsa Aimee Ainsley Aisha Aishah Aisling Aiyana Alana Alanna Alba Alex Alexa^ Alexandra Alexia Alice Alicia
Alina Alisha Alison Alissa Aliyah Allegra Allie Ally Alma Alya Alyssa Amal Amanda Amani Amara Amaya Amber* Amelia
Amelie Amina Aminah Amira Amy Ana Anaya Anastasia Andrea Angel* Angela Angelica Angelina Angie Anika Anisa Anita
Aniyah Ann Anna Annabel Annabella Annabelle Annalise Anne Annette Annie Antonia Anya Aoife April^ Arabella Aria
Ariana Arianna Ariel Arielle Arya Asha Ashanti Ashleigh Asma Aspen* Astrid Athena Aubree Audrey Aurelia Aurora
Autumn* Ava Avery Avril Aya Ayesha Ayla Aylin Barbara Bea Beatrice Beatrix Becky Belinda Bella Belle Bernadette
Beryl Bess Beth Bethan Bethany Betsy Betty Beverley Bianca Billie Blair Blessing* Blodwen Blossom* Blythe Bonnie
Brenda Bridget Briony Brittany Bronte Bronwen Brooke Brooklyn^ Bryony Caitlin Caitlyn Callie Cameron Camila Camilla
Cara Carina Carla Carly Carmen Carol* Caroline Carolyn Carrie Cassandra Cassie Catherine Cathy Catrin Cecilia Cecily
Celeste Celia Ceri Chanel^ Chantelle Charis Charity* Charlie Charlize Charlotte Chelsea^ Chelsie Cherry* Cheryl
Chidera Chioma Chloe Christina Christine Ciara Cierra Claire Clara Clare Clarissa Claudia Clementine* Cleo Coco
Colette Connie Constance* Cora Coral* Cordelia Corinne Courtney Cressida Crystal* Cynthia Dahlia Daisy* Dana
Danielle Daphne Darcey Darcie Darcy Daria Darla Dawn* Deborah Debbie Deirdre Delia Delilah Della Demi Denise Destiny*
Diana Diane Dina Dionne Dolly Dolores Dominika Donna Dora Doreen Doris Dorothy Dot* Dulcie Ebony* Eden^ Edie Edith
Edna Efua Eileen Eilidh Elaine Eleanor Elena Eleni Elif Elin Elina Elisa Elise Eliza Elizabeth Ella Elle Ellen
Ellie Elodie Eloise Elsa Elsie Elspeth Elyse Emilia Emilie Emily Emma Emmeline Enid Erin Esme Esmee Esther Ethel
Etta Eunice Eva Evangeline Eve* Evelyn Evie Evelina Fatima Fatimah Fatuma Faith* Faye Felicity Fern* Fiona Fleur
Flora Florence^ Florrie Frances Francesca Frankie Freda Freya Frida Gabriela Gabriella Gabrielle Gail Gayle Gemma
Genevieve Georgia^ Georgie Georgina Geraldine Gertrude Gianna Gillian Gina Ginny Giselle Gladys Glenda Gloria Grace*
Gracie Greta Gwen Gwendolyn Gwyneth Habiba Hafsa Hafsah Hailey Haleema Halima Hallie Hana Hannah Harley^ Harmony*
Harper Harriet Hattie Haven* Hayley Hazel* Heather* Heidi Helen Helena Henrietta Hermione Hester Hilary Hilda Hollie
Holly* Honey* Honor Hope* Ida Ifeoma Ilana Iman Imani Imogen India^ Indie Indigo Ines Ingrid Irene Iris* Isabel
Isabella Isabelle Isha Isla Isobel Ivy* Iyla Izzy Jacqueline Jada Jade* Jana Jane Janet Janice Jasmin Jasmine*
Jayne Jean Jemima Jemma Jenna Jennifer Jenny Jess Jessica Jessie Jill Joan Joanna Joanne Jocelyn Jodie Jody Johanna
Jolene Jordan^ Josephine Josie Joy* Joyce Judith Judy Julia Juliana Julie Juliet Juliette June^ Justine Kaia
Kamila Kara Karen Karina Kate Katelyn Katherine Kathleen Kathryn Katie Katy Kayla Kaylee Keira Kelly Kelsey Kendall
Kerry Khadija Khadijah Kiara Kiera Kim Kimberley Kinga Kira Kirsty Kitty Kristen Kyla Kylie Lacey Laila Lana Lara
Laura Lauren Lavender* Layla Leah Leanne Leela Leia Leila Lena Leona Leonie Lesley Lexi Lexie Libby Liberty* Lila
Lilah Lili Lilian Lillian Lilly Lily* Lina Linda Lindsay Lindsey Lisa Livia Liz Liza Lizzie Logan Lois Lola Lorna
Lorraine Lottie Louisa Louise Lucia Lucie Lucille Lucy Luna Lydia Lyla Lynn Lynne Mabel Macy Madeleine Madeline
Madison Madonna Mae Maeve Maggie Maia Maira Maisie Maisy Maja Malak Malia Mali Mandy Mara Marcia Margaret Margot
Maria Mariam Marian Marie Marina Marion Marisa Marjorie Martha Martina Mary Maryam Matilda Mattie Maud Maude Maura
Maureen Mavis May^ Maya Megan Meghan Melanie Melissa Melody* Mercy* Meredith Mia Michaela Michelle Mila Mildred
Millie Milly Mina Minnie Mira Miracle* Miriam Misha Misty* Molly Mona Monica Monique Morgan Muna Muriel Mya Myla
Nadia Nadine Naomi Natalia Natalie Natasha Nell Nellie Neve Niamh Nicola Nicole Nina Noor Nora Norah Norma Nova
Nyla Octavia Odette Olive* Olivia Ophelia Orla Orlaith Paige Paloma Pamela Paris^ Patience* Patricia Paula Paulina
Pauline Pearl* Peggy Penelope Penny* Pepper* Perrie Petra Philippa Phoebe Phoenix^ Phyllis Pippa Piper Polly Poppy*
Precious* Primrose* Priscilla Priya Queenie Rachael Rachel Rae Rana Rania Raya Rayna Rebecca Regan Regina Reina
Remi Rhea Rhian Rhiannon Rhona Ria Rita Riya Roberta Robyn Romilly Romy Rosa Rosalie Rosalind Rose* Rosemary* Rosie
Rowena Roxanne Ruby* Rumaysa Ruth Sabrina Sacha Sadie Saffron* Sahar Safa Safiya Sage* Saira Salma Sally Salome
Samantha Samira Sana Sandra Sandy* Sapphire* Sara Sarah Sasha Savannah^ Scarlet Scarlett Selena Selina Serena
Serenity* Shannon Sharon Sheila Shelby Shirley Shona Sian Sienna Sierra^ Simone Sinead Siobhan Skye^ Sky* Sofia
Sophia Sophie Stacey Stella Stephanie Summer* Sumaya Susan Susanna Susie Suzanne Sylvia Tabitha Tallulah Tamara
Tamsin Tanya Tara Tatiana Tegan Teresa Tess Tessa Thalia Thea Theresa Tia Tiana Tiffany Tilly Tina Toni Tori Tracey
Tracy Trinity* Trixie Una Ursula Valentina Valerie Vanessa Vera Veronica Victoria^ Vienna^ Viola Violet* Virginia^
Vivian Vivienne Wanda Wendy Whitney Wilhelmina Willa Willow* Winifred Winnie Wren* Xanthe Yara Yasmin Yasmine Yvette
Yvonne Zahra Zainab Zara Zaria Zaynab Zelda Zoe Zoey Zofia Zora Zuzanna
`;

const MORE = `
Aarush Abdi Abdirahman Abdulla Abimbola Ade Adebayo Adeola Adewale Ahmadou Aiyla Akua Alannah Aleksander Aleksandra
Alesha Aliya Aliza Amadou Amani Amari Amarachi Ameera Amelie Amrit Anaïs Ananya Andile Aneesa Anjali Ansh Anushka
Aoibhe Ara Aras Areeba Arham Arianne Arnie Arthur Arvin Ashwin Aston Asiya Ayaan Aylin Ayodele Ayotunde Aziza Bashir
Bianka Bilal Bisma Blanca Bolu Chinedu Chiamaka Chika Chinonso Chiara Chidi Chinwe Chukwuemeka Constantin Daniela
Darya Deepak Deniz Destiny Divya Dorota Ebere Ebube Ece Ekow Elif Emeka Eniola Esi Fahad Farah Farida Fatma Femi
Folake Funmi Ganesh Gaurav Gita Gurpreet Gurdeep Habib Hamid Hanna Harjit Harpreet Hiba Hira Hussein Ibrahima Ife
Ifeanyi Ikechukwu Ilham Inaaya Inaya Iqra Isra Iyanu Jagdeep Jaspreet Jaswinder Javed Jaya Joanna Jolanta Joseph
Kacey Kadija Kamran Karolina Kasia Katarzyna Kavya Kawsar Kayode Khalil Kiran Kofi Kwabena Kwesi Laiba Lakshmi Leyla
Liliana Lucja Lukasz Mahira Mahnoor Maja Maksymilian Malika Manpreet Mariana Marta Maryam Mehak Mehreen Mia Mihai
Milena Mirela Mohammad Muhammad Mumtaz Munira Nabeel Nabila Nadeem Nana Nasra Natalia Navdeep Navid Nazia Nia Nikola
Nimra Nkechi Noura Nuala Nusaybah Obinna Ola Olamide Olu Oluwaseun Oluwatobi Omari Onur Oyin Parveen Pooja Rabia
Radhika Raheem Raheel Rajinder Ramona Rana Ranveer Rashida Rayyan Reza Rida Rizwan Roksana Rukhsana Ruqayyah Sadia
Safiyyah Sahil Said Saima Sajid Samina Sanjay Sanjeev Sara Shabnam Shahid Shakil Shanice Sharmila Shauna Shazia
Shiloh Shreya Simran Sinem Sipho Sumayyah Sunita Tahmina Tamika Tanvir Temitope Tendai Thandiwe Tobi Tomasz Tunde
Uche Umair Valeria Vanya Veronika Wiktoria Xin Yasmeen Yuki Yusra Zahid Zainab Zakariya Zaynah Zeynep Zoya Zuzia
Elan Alfie Ari Ezra Hallie Halle Rowen Reeve Orin Ottilie Ottie Bonnie Pixie Hermione Gwenllian Seren* Cerys Megan
Nerys Mared Ffion Carys Eira Lowri Non Angharad Manon Llinos Elen Heledd Gwenno Tomos Iwan Rhydian Steffan Emyr
Cai Macsen Morgan Osian Siôn Ianto Deiniol Euros Eilir Gethin Emrys Morwenna Kerensa Tamsyn Jowan Demelza Iona
Isla Kirsty Morag Mhairi Catriona Eilidh Fiona Skye^ Rhona Kenzie Lewis Ruaridh Fraser Struan Alasdair Ewan Hamish
Innes Ailbhe Aoibheann Caoimhe Clodagh Dearbhla Eimear Fionnuala Grainne Mairead Niamh Orla Roisin Saoirse Sorcha
Cathal Colm Conall Diarmuid Donal Eoin Fiachra Oisin Padraig Peadar Ruairi Sean Tiernan Odhran
`;

/** How a name doubles as another word. */
export type NameAmbiguity = 'none' | 'word' | 'proper';

function build(): { names: Set<string>; ambiguity: Map<string, NameAmbiguity> } {
  const names = new Set<string>();
  const ambiguity = new Map<string, NameAmbiguity>();
  for (const entry of `${BOYS} ${GIRLS} ${MORE}`.split(/\s+/)) {
    if (!entry) continue;
    const marker = entry.endsWith('*') ? 'word' : entry.endsWith('^') ? 'proper' : 'none';
    const key = foldText(marker === 'none' ? entry : entry.slice(0, -1));
    names.add(key);
    // a name marked anywhere in the list keeps its marker
    if (marker !== 'none' || !ambiguity.has(key))
      ambiguity.set(key, marker === 'none' ? (ambiguity.get(key) ?? 'none') : marker);
  }
  return { names, ambiguity };
}

const BUILT = build();

/** Folded keys of common UK given names ("zoe", "jack", "hope"). */
export const UK_FIRST_NAMES: ReadonlySet<string> = BUILT.names;

/** Whether a folded given name doubles as an ordinary word ('word') or a capitalised non-person ('proper'). */
export function firstNameAmbiguity(key: string): NameAmbiguity {
  return BUILT.ambiguity.get(key) ?? 'none';
}
