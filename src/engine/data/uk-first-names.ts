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

/**
 * Given names of the wider world that children and families in UK schools carry, and that general text names
 * (news, sport, fiction): frequent US given names (after the US Social Security Administration's popular-name
 * tables, 1940s–2020s), and common given names of Ireland and Scotland (Gaelic spellings), Wales, South Asia
 * (India, Pakistan, Bangladesh, Sri Lanka), West, East and Southern Africa (Yoruba, Igbo, Hausa, Akan, Kenyan,
 * Somali, Ethiopian, Zulu, Sotho, Shona), Poland, Romania, Bulgaria, Russia and Ukraine, the Czech Republic and
 * Slovakia, Hungary, the Baltic states, Albania and the former Yugoslavia, Italy, Spain and Portugal (and Latin
 * America), the Netherlands, Germany, Scandinavia, Iceland and Finland, France, the Arabic-speaking countries,
 * Turkey, Iran, Armenia and Georgia, Japan, China, Korea and Vietnam, and Hebrew names. Written by hand for Post
 * Guard from general knowledge of those countries' popular-name lists; no dataset was copied. Names that are also
 * common English words in lower case ("long", "young", "van", "ping") were left out, and the ones kept that are
 * words or places carry the markers above.
 */
const WORLD = `
Aaden Abbott Abner Abram Ace* Adalberto Addison Adolfo Adonis Adriel Agustin Ahmir Alaric Alberto Alden Alfonso
Alonzo Alphonse Alton Alvaro Amado Amari Ambrose Amos Anderson Andres Andy Angelo Angus Ansel Anson Antoine
Antonio Antwan Archie Ariel Armand Armando Arnulfo Arturo Asher Atlas^ Augustine Aurelio Avery Barrett Barton
Beck* Benito Bernardo Bertram Blaine Booker Boyd Braden Bradford Bradyn Braxton Brayden Braylon Brendon Brennan
Brent Brenton Brock Broderick Brooks Bryant Bryce Buck* Burt Byron Cade Cael Caiden Calder Cale Callahan Camden^
Camron Carey Carlton Carmelo Cary Casimir Cassidy Cecil Cedric Chadwick Chance* Chandler* Charley Chase* Chauncey
Chester^ Chet Chris Christoph Christopher Cisco Clarke Claud Clement* Cleveland^ Clifton Clint Clinton Clyde Cohen
Colby Colt* Colten Colton Conner Connor Cooper* Cordell Cornelius Cornell Cortez Cruz Cullen Dakota^ Dallas^
Dalton Damarcus Damion Damon Dangelo Danny Darian Darin Darnell Darrel Darrell Darwin Davion Davis Dawson Dayton
Deacon* Dean* Deandre Dedrick Delbert Demarcus Demetrius Deon Derrick* Deshaun Desmond Devin Devonte Dewey Dewayne
Dexter Dillan Dominick Donnell Donnie Dorian Doyle Drake* Duane Dustin Dwight Easton Eddie Edgardo Edmond Efrain
Elbert Eldon Eldridge Elian Elisha Elliott Ellison Elmer Elton Elvin Emerson Emery* Emiliano Emory Enrique Ernesto
Esteban Ethan Eugenio Everett Ezequiel Fabio Felipe Fidel Fletcher Floyd Forrest Foster* Francisco Franklin Freddy
Gaige Garrett Garrison* Gaston Gavin Genaro Geraldo Gerardo German^ Gilberto Gino Giovanni Glenn Gonzalo Grady
Graham Grayson Greyson Guadalupe Gunnar Gunner* Gustavo Harlan Harrison Heath* Heriberto Herman Hezekiah Holden
Houston^ Hoyt Humberto Ignacio Irvin Irving Isaias Ismael Israel^ Jace Jacoby Jalen Jamar Jamarion Jameson Jamison
Jarrett Jarvis Jasper Javion Javon Jayce Jaylon Jayson Jefferson Jerald Jeramy Jermaine Jerrod Jessie Jett Jimmie
Joaquin Johnathon Johnnie Jonathon Jordy Josue Judah Julio Justice* Kaleb Kamari Kameron Kane Kasey Keagan Keenan
Kellen Kelton Kendall Kendrick Kennedy Kent^ Kenton Kermit Keshawn Khalil Kieran Knox Kody Kolby Kolton Korbin
Kristopher Kurtis Kylan Lamar Lamont Landen Landon Lane* Larry Lawson Layne Leif Leland Lemuel Lenny Leonel Leroy
Lester Levi Lincoln^ Lonnie Loren Lowell Lucio Luther Lyndon Mack* Malakai Malcolm Marcelo Marcos Mariano Marquis*
Marshall Martez Marty Mathias Mauricio Maverick* Maximo Maynard Merle Merrill Micheal Mikel Milo Mitch Mohamad
Moises Monroe Morris Murphy Myles Nash Nehemiah Nelson Nestor Newton Nicholas Nikolas Nolan Octavio Odell Oliver
Omari Orion Orville Osvaldo Otis Pablo Paxton Payton Pierce* Porter* Quincy Quinton Rafael Ramiro Randal Randy*
Raphael Rashad Raul Reed* Reginald Reid Rene Reuben Reynaldo Rhett Ricardo Rickey Ricky Rigoberto Robby Roberto
Rocco Roderick Rodolfo Rogelio Rolando Roman^ Romeo^ Rory Roscoe Ross Royce Rubin* Rudolph Russ* Salvador Sammie
Santino Santos* Sawyer* Scottie Sebastian Sergio Shamar Shannon Shelby Sherman Sidney Silas Skylar Solomon Spencer
Sterling* Stevie Tanner* Tate Terrance Terrell Thaddeus Thad Theron Tobias Tomas Tommie Travis Trent* Trenton Trey
Tristen Troy Tucker* Tyree Tyrell Tyrese Ulysses Uriel Valentin Vance* Vaughn Vernon Vicente Vince Virgil Wade*
Waylon Weston Wilbert Wiley* Willard Willis Wilmer Winston Woodrow Xavier Yahir Zachery Zane Zechariah Abril
Adalyn Adelaide^ Adeline Adrianna Aileen Ainhoa Alaina Alayna Alejandra Alena Alessandra Alexandria^ Alexis Alia
Alisa Allison Alondra Alyson Amalia Amaris Amber* Amira Anabel Anahi Anastasia Angelique Anissa Annika Antoinette
Ariadne Arlene Ashlyn Audra Autumn* Bailey* Beatriz Belen Bernice Bertha Betsy Beverly Blanche Brandi Brandy*
Breanna Brenna Bria Briana Brianna Bridgette Brielle Britney Brittney Brynn Caitlyn Camille Candace Candice Cara
Carissa Carlie Carmela Carmella Carole Carolina^ Caroline Carrie Cassidy Catalina Cecelia Celine Charlene
Charmaine Chasity Chiara Christa Christy Cindy Claudette Colleen Concepcion Consuelo Cristina Cynthia Dakota^
Dalia Daniella Darlene Dayana Deanna Debra Delaney Delores Desiree Diamond* Dixie Dominique Dorothea Dorothy
Dottie Ebony* Edwina Elaina Elena Eliana Elisabeth Eliza Ellen Elvira Emely Emerson Erica Erika Esmeralda Estelle
Estella Esther Eugenia Eula Evangelina Fannie Felicia Florence^ Frieda Gabriela Genesis^ Geneva^ Georgette
Geraldine Gertrude Gina Giselle Glenda Graciela Greta Guadalupe Gwendolyn Hailee Haley Hallie Hanna Harlow Hattie
Heidi Helga Hillary Hilda Hope* Imelda Ingrid Irma Isabela Isis^ Itzel Jaclyn Jacquelyn Jaime Jaqueline Jazmin
Jeanette Jeanne Jeannie Jenifer Jenna Jennie Jessica Jewel* Jillian Joann Jocelyn Johanna Josefina Joy* Juana
Juanita Judy Julianna Julissa Kaitlyn Kaitlin Karla Karina Kassandra Katelyn Katharine Kathy Katrina Kayleigh
Kaylin Kelli Kendra Kenya^ Kerri Kristin Kristina Kristy Krystal Lacey* Ladonna Laney Larissa Latasha Latoya
Laurie Leanna Leigh Leila Leslie Leticia Lidia Lila Lilia Lillie Lindsey Liliana Lizbeth Lola Lorena Loretta Lori
Lorna Lucinda Luz* Lydia Lynda Mabel Mackenzie Madelyn Maggie Makayla Makenzie Mallory Marcella Margarita* Margie
Maribel Maricela Marilyn Marisol Maritza Marla Marlene Marsha Maxine Mayra Meagan Mercedes^ Meredith Micaela
Mikayla Mindy Miranda Mireya Missy Mollie Myra Myrtle* Nadia Nancy Nannie Natasha Nayeli Nellie Nettie Noemi Nola
Nona Norma Octavia Olga Paola Patsy Paulette Peyton Priscilla Raegan Ramona Raquel Reagan Rebekah Reyna Rhonda
Roberta Robin* Rochelle Rosalind Rosalinda Rosanna Rosario Roxanne Rylee Sabrina Samara Sandra Sasha Selena Serena
Shana Shania Shanna Shawna Sheena Shelia Shelley Sherri Sherry* Sheryl Sierra^ Silvia Skyler Sonia Sonja Sonya
Stacy Stefanie Susana Susie Tabitha Talia Tamara Tami Tammy Tania Tanisha Taryn Tatum Taylor Teagan Tempest Teresa
Terri Thelma Tiara* Tricia Trina Trisha Valeria Vera Verna Veronica Vicki Vickie Viviana Whitney Wilma Ximena
Yesenia Yolanda Yvette Zelda Zoe Aarav Aarya Abhay Abhinav Abhishek Aditi Aditya Advait Advik Ahana Aisha Ajit
Akanksha Akhil Akshay Alok Amala Amardeep Amarjit Ambika Amisha Amitabh Amrita Anamika Anant Anil Anirudh Anjali
Ankit Ankita Anoushka Anuj Anupam Anurag Anusha Aparna Archana Arjun Arpita Arvind Asha Ashish Ashok Avani Avinash
Ayush Balaji Bhavna Bhavesh Chetan Chirag Darshan Deepa Deepika Devika Dhruv Dilip Dinesh Diya Gagan Gauri Geeta
Girish Gopal Govind Harish Harsha Hema Hemant Indira Ishaan Ishani Ishita Jatin Jaya Jayesh Jyoti Kajal Kalpana
Kamal Kamala Karan Kartik Kavita Keshav Kiran Kishore Krish Kunal Lakshmi Lalit Lata Madhav Madhu Mahesh Mahima
Manish Manoj Meena Meera Mihir Mitali Mohan Mohini Mukesh Nandini Naresh Naveen Neel Neelam Neha Nikita Nilesh
Nirmala Nisha Nitin Pallavi Pankaj Parth Pavan Poonam Prabhu Pradeep Prakash Pranav Prashant Pratik Preeti Prem
Priyanka Rachana Radha Raghav Rahul Rajat Rajeev Rajendra Rajiv Rakesh Ramesh Rani Ranjit Rashmi Ravi Reena Rekha
Renu Ritika Rohit Ruchi Rupa Sagar Sahil Sakshi Samir Sandeep Sangeeta Sanjana Sanjay Santosh Sapna Sarita Saurabh
Seema Shalini Shankar Sharad Shashi Shikha Shilpa Shiv Shivani Shruti Shubham Siddharth Smita Sneha Sonal Subhash
Sudhir Sumit Sunil Suraj Suresh Sushil Swati Tanvi Tanya Tarun Trisha Tushar Uday Uma Usha Varun Vasant Vidya
Vijay Vikas Vikram Vinay Vinod Vipin Vishnu Yash Yogesh Aamir Abid Adeel Afzal Aftab Ahsan Aleena Alishba Amna
Anum Arif Arshad Asif Asim Atif Ayesha Azhar Babar Bushra Danish^ Ehsan Faiza Faizan Farhan Fawad Furqan Ghulam
Hamid Haroon Hina Humaira Imtiaz Irfan Jahangir Junaid Kashif Khurram Mahnoor Majid Maria Mehwish Mubarak Mudassar
Nadia Naeem Nasreen Naveed Nazir Nida Noman Obaid Qasim Rabia Rafiq Rashid Rehan Rizwan Rubina Sadaf Sadiq Saeed
Saima Sajjad Salim Sameer Samina Sana Saqib Sarfraz Shabana Shafiq Shahbaz Shahzad Shakeel Shazia Shoaib Sidra
Sohail Sumaira Tahir Talat Tanveer Uzma Wajid Waqar Waqas Yasir Zafar Zahra Zeeshan Zubair Zulfiqar Abdul Afsana
Anwara Delwar Dilruba Fahmida Farzana Habibur Hasina Jahanara Kamrul Mahbub Mamun Masud Mizanur Moinul Monir
Nasrin Nazmul Rafiqul Rahima Rezaul Rokeya Runa Sabina Sharmin Shafiqul Shirin Sultana* Taslima Tahmina Aarthi
Anand Aravind Bala Ganesh Jeyakumar Karthik Kumaran Lakshman Murali Muthu Nirmal Prabhakar Rajan Ramya Saravanan
Selvam Senthil Shanthi Sivakumar Subramaniam Thilak Vasanthi Velu Abiodun Abosede Adaobi Adebola Adedayo Adejoke
Adekunle Adenike Adesola Adetokunbo Adeyinka Afolabi Akinwale Akinyemi Amaka Amaechi Ayo Ayodeji Ayomide Babajide
Babatunde Bamidele Bisi Bolaji Bukola Chiamaka Chibuike Chidinma Chidozie Chiedza Chijioke Chimamanda Chinedu
Chinelo Chioma Chinyere Chukwudi Damilola Dapo Ebuka Ejike Ekene Emeka Enitan Folasade Folorunsho Funke Funmilayo
Gbenga Ifeoma Ijeoma Ikenna Jumoke Kehinde Kelechi Kunle Lanre Ngozi Nkem Nnamdi Obiageli Ogechi Okechukwu Olabisi
Oladele Olajide Olakunle Olaniyi Olanrewaju Oluchi Olufemi Olufunke Olumide Olusegun Oluwafemi Oluwakemi Oluwaseyi
Onyeka Osagie Osaro Segun Seun Sola Taiwo Tobenna Tolani Tolu Tosin Tunde Uchenna Ugochi Yemi Yetunde Zainab
Abubakar Aminu Bello Danjuma Garba Hadiza Lawal Musa Nasiru Sani Usman Yakubu Abena Adjoa Adwoa Afia Afua Akosua
Ama Ekua Kojo Kwadwo Kwaku Kwabena Kweku Kwasi Yaa Nana Kobina Esi Efua Fiifi Kofi Komla Selasi Dzifa Edem Elikem
Akinyi Atieno Auma Awino Baraka Chege Jabari Jelani Juma Kamau Kariuki Kibet Kiprop Kipchoge Mwangi Njeri Njoki
Nyambura Odhiambo Ochieng Otieno Wambui Wanjiru Wanjiku Zawadi Zuri Imani Amani Neema Rehema Tumaini Baraka Eshe
Makena Abdiaziz Abdikarim Abdinasir Abdirahman Abdullahi Ayaan Asad Faduma Farhiya Hodan Ifrah Ilhan Khadar Deeqa
Sagal Sahra Hibaaq Hamdi Najma Mohamud Warsame Yusra Ubah Shukri Zamzam Abebe Almaz Amara Dawit Desta Genet Haile
Hiwot Kebede Mekdes Meseret Selam Tadesse Tesfaye Yonas Yohannes Zewdi Abel Bethlehem^ Eyerusalem Feven Helen
Kidus Liya Mahlet Ruth Senait Tigist Ayanda Bongani Busisiwe Lerato Lindiwe Lungile Mandla Nandi Nomvula Nokuthula
Palesa Precious* Sibusiso Sipho Siyabonga Thabo Thando Themba Thulani Tshepo Zanele Zodwa Kagiso Naledi Neo Karabo
Lesedi Tumelo Refilwe Mpho Farai Tatenda Tafadzwa Nyasha Rudo Tendai Chipo Kudakwashe Tinashe Rumbidzai Adam
Adrian Agnieszka Aleksandra Alicja Amelia Anastazja Andrzej Aneta Aniela Antoni Bartek Bartłomiej Beata Bogdan
Bogumiła Bogusław Bożena Czesław Dagmara Danuta Dariusz Dominika Edyta Elżbieta Ewa Ewelina Filip Franciszek
Grażyna Grzegorz Halina Hanna Hubert Iga Igor Ilona Iwona Izabela Jacek Jadwiga Jakub Janina Janusz Jarosław Jerzy
Joanna Jolanta Józef Julia Justyna Kacper Kamil Karol Karolina Katarzyna Kazimierz Kinga Krystyna Krzysztof Leszek
Lucyna Łukasz Maciej Magdalena Małgorzata Marcin Marek Mariusz Marta Marzena Mateusz Michał Mikołaj Milena
Mirosław Monika Natalia Nikola Oliwia Oskar Patrycja Paulina Paweł Piotr Przemysław Radosław Rafał Renata Ryszard
Sebastian Stanisław Stefan Sylwia Szymon Tadeusz Teresa Tomasz Urszula Wanda Weronika Wiesław Wiktor Wiktoria
Witold Władysław Wojciech Zbigniew Zdzisław Zofia Zuzanna Zygmunt Adrian Alexandru Alin Ana Anca Andreea Bianca
Bogdan Catalin Ciprian Cornel Corina Cosmin Cristi Cristian Cristina Dan Daniela Denisa Dorin Elena Emil Florin
Gabriel Gheorghe Ioan Ioana Ionel Ionut Iulia Iulian Laurentiu Liviu Loredana Lucian Madalina Marian Marius
Mihaela Mihai Mircea Mirela Monica Nicoleta Ovidiu Petru Radu Raluca Razvan Roxana Sorin Stefania Teodora Valentin
Vasile Viorel Vlad Aleksandar Angel Boyan Daniela Dimitar Desislava Georgi Hristo Ivaylo Kalina Kiril Krasimir
Lyubomir Martin Mila Nikolay Petar Plamen Radoslav Rumen Stanislav Stoyan Svetlana Todor Tsvetan Vasil Veselin
Yordan Yana Zlatko Aleksei Alexei Alina Alla Anatoly Andrei Anton Anya Arkady Artem Artyom Boris Dasha Denis
Dmitry Elena Evgeny Fyodor Galina Gennady Grigory Igor Ilya Irina Ivan Katya Kirill Konstantin Ksenia Larisa
Leonid Lyudmila Maksim Marina Maxim* Mikhail Nadezhda Natasha Nikolai Oksana Oleg Olga Pavel Polina Pyotr Roman^
Ruslan Sasha Sergey Stanislav Svetlana Tatiana Timur Vadim Valentina Valery Vasily Vera Viktor Vitaly Vladimir
Vladislav Yaroslav Yegor Yekaterina Yelena Yevgeny Yulia Yuri Zhanna Bohdan Dmytro Mykola Mykhailo Oleksandr
Oleksiy Olena Ostap Petro Serhiy Taras Vasyl Volodymyr Yuliia Yurii Halyna Iryna Kateryna Nataliia Tetiana
Viktoriia Nadiya Adéla Alena Aleš Andrea Barbora Blanka Bohumil Dana Eliška Františka František Hana Ivana Jakub
Jana Jaroslav Jiří Jitka Josef Kamila Kateřina Klára Lenka Libor Lucie Ludmila Magda Markéta Martina Michaela
Miloš Miroslav Ondřej Pavla Petr Radek Renata Šárka Stanislava Tereza Tomáš Vojtěch Zdeněk Zuzana Dušan Ľubomír
Jozef Juraj Ľudmila Miroslava Marek Ábel Ágnes Anikó Attila Balázs Bence Csaba Dániel Dóra Erika Erzsébet Eszter
Ferenc Gábor Gergely Gyula Gyöngyi Ildikó Imre István Judit Katalin Kinga Krisztina Krisztián Levente László Lajos
Márta Mátyás Miklós Nóra Orsolya Péter Réka Sándor Szabolcs Tamás Tibor Viktória Zoltán Zsófia Zsolt Zsuzsanna
Boglárka Kornélia Jolán Piroska Szilvia Tünde Vilmos Ernő Endre Géza Károly Dezső Kálmán Bálint Ákos Csilla
Agnė Aistė Algirdas Audrius Darius Dovilė Eglė Gediminas Giedrius Ieva Indrė Jonas Jurgita Justas Kęstutis Laura
Lukas Mantas Marius Milda Mindaugas Rasa Rūta Saulius Tomas Vytautas Žygimantas Andris Anda Ilze Inese Jānis
Kristaps Laura Līga Mārtiņš Rūdolfs Zane Edgars Artūrs Kārlis Ivars Raivis Sandis Arben Arta Besa Blerina Dritan
Edona Elira Enkeleda Fatmir Flutura Genti Ilir Jeta Kreshnik Lindita Lulzim Luan Mimoza Valbona Valon Visar Ylli
Arber Ardit Besnik Bujar Erion Gjergj Aleksa Ana Bojan Branko Dejan Dragan Dušan Goran Ivana Jelena Jovana
Katarina Luka Marija Marko Milan^ Milica Miloš Mladen Nemanja Nenad Nikola Predrag Slobodan Srđan Stefan Tamara
Uroš Vesna Vuk Zoran Željko Ivo Josip Mateo Mia Petra Tomislav Zvonimir Ivica Mirjana Snježana Sanja Vlatko Damir
Emir Amra Amir Edin Lejla Mirza Nermin Selma Senad Almir Jasmina Adnan Elma Haris Alessandro Alessia Alfonso
Alice Andrea Angela Antonella Antonio Arianna Beatrice Benedetta Camilla Carla Carlo Carmela Chiara Claudia
Claudio Cristiano Daniele Davide Domenico Edoardo Elisa Emanuele Enrico Enzo Ettore Fabio Fabrizio Federica
Federico Filippo Flavio Francesca Francesco Franco Gabriele Giacomo Gianluca Gianni Giorgia Giorgio Giovanna
Giovanni Giulia Giuliano Giulio Giuseppe Ilaria Leonardo Lorenzo Luca Lucia Luciano Luigi Marcello Marco Maria
Mario Martina Massimo Matteo Mattia Maurizio Michele Nicola Nicolò Paola Paolo Pietro Raffaele Riccardo Roberta
Roberto Rocco Salvatore Sara Serena Sergio Silvia Simona Simone Stefano Tommaso Valentina Valerio Vincenzo
Vittoria Vittorio Concetta Rosaria Gaetano Ciro Pasquale Gennaro Santo Agostino Amedeo Benito Corrado
Dario Elio Fausto Gino Guido Livio Lucio Nunzio Orazio Ottavio Piero Renato Sandro Tiziano Ugo Umberto Adrián
Agustín Alba Alejandro Alicia Álvaro Amparo Ana Andrés Ángel Antonia Ariadna Begoña Carmen Catalina Cayetana
Concepción Consuelo Cristóbal Diego Dolores Eduardo Elena Emilio Encarnación Enrique Esperanza Esteban Eva
Fernando Francisco Gonzalo Guadalupe Guillermo Hugo Ignacio Inés Irene Isabel Javier Jesús Jimena Joaquín Jorge
José Josefa Juan Julia Julián Leire Lorena Lucía Luis Manuel Manuela Marcos Mario Marta Martín Mercedes^ Miguel
Montserrat Nerea Nicolás Nuria Pablo Paloma Patricia Pedro Pilar Rafael Ramón Raúl Remedios Ricardo Rocío Rodrigo
Rosario Salvador Santiago^ Sergio Silvia Soledad Teresa Tomás Valeria Vicente Víctor Ximena Yolanda
 Aitana Iker Unai Asier Ainara Maite Itziar Xabier Jordi Montse Núria Pau Arnau Oriol Joan Josep
Marc Laia Afonso Beatriz Bernardo Bruna Caio Camila Conceição Davi Duarte Enzo Fabiana Felipe Fernanda Gabriela
Gustavo Heitor Henrique Inês Isadora Joana João Lara Larissa Leonor Letícia Lívia Luana Luíza Marcelo Mariana
Matheus Murilo Otávio Raquel Renan Rodrigo Sebastião Tatiana Thiago Tiago Valentim Vinícius Vitória Aart Anouk
Bart Bas Bram Daan Dirk* Eline Femke Fleur Gerrit Hendrik Henk Ilse Jaap Jeroen Joost Joris Kees Koen Lieke Lotte
Maarten Marloes Mees Merel Niels Pieter Rik Roos Ruud Sander* Sanne Sem Sjoerd Stijn Teun Thijs Tijn Wouter Willem
 Anke Annelies Annemiek Berend Wim Geert Lieven Maaike Marieke Mirjam Wietske Hanneke Alexander Anja Annika
Axel Bernd Birgit Claudia Dieter Dirk* Elke Erik Florian Frank Franziska Friedrich Gerhard Gisela Gunther Günter
Hannah Hans Heike Heinz Helmut Horst Ingeborg Ingrid Jens Jörg Jürgen Karin Katrin Klaus Kurt Lars Lena Leon Lukas
Maik Manfred Manuela Marlene Matthias Maximilian Monika Nadine Niklas Nils Norbert Otto Petra Philipp Rainer Ralf
Reinhard Renate Rolf Sabine Sandra Sebastian Silke Simone Stefanie Steffen Susanne Sven Thorsten Tobias Torsten
Ulrich Ulrike Ute Uwe Volker Walter Werner Wolfgang Stefanie Dietrich Gottfried Hildegard Irmgard Liesel
Lieselotte Magdalena Waltraud Brigitte Gudrun Heidi Jutta Kerstin Sigrid Ursula Wiebke Agneta Anders Anneli Annika
Arne Astrid Birgitta Bjørn Björn Britt Ebba Einar Elin Emil Erik Eskil Frida Gunnar Gustav Hampus Hanne
Helga Henrik Hjalmar Idun Inga Inge Ingrid Jens Johan Jonas Karin Kari Kjell Kristian Kristin Lars Leif Lena Liv
Magnus Malin Mats Mette Morten Nils Oddny Ola Olav Ole Oskar Per Pernille Ragnar Ragnhild Rasmus Rune* Sigrid
Signe Sindre Siri Solveig Stig Sune Svein Sven Thea Tora Torbjørn Tove Trond Ulf Ulla Viggo Vilde Åsa Åke
 Mikkel Søren Kasper Mads Sofie Ida Freja Laerke Ditte Tobias Sigurður Guðrún Jóhann Jón Katrín
Kristín Ólafur Þór Ásta Björk Bjarni Einar Hildur Steinunn Sveinn Helgi Aino Antti Eero Eetu Eino Elina Hanna
Heikki Helmi Ilkka Jari Jukka Juha Kaisa Kalle Kari Kirsi Lauri Leena Liisa Markku Matti Mikko Minna Niko Oona
Otso Paavo Pekka Petteri Pirjo Riikka Risto Sami Sanna Satu Seppo Sirpa Taina Tapio Teemu Timo Tuomas Tuula Ulla
Veeti Ville Aleksi Jussi Kimmo Lasse Alain Amélie Anaïs Antoine Arnaud Aurélie Baptiste Benoît Bernadette Brigitte
Camille Céline Chantal Christophe Claire Clément* Delphine Didier Dominique Éléonore Élodie Émilie Étienne Fabien
Fabrice Florian Françoise François Frédéric Geneviève Guillaume Hélène Hervé Isabelle Jacques Jean Jérôme Julien
Juliette Laetitia Laurent Léon Louise Luc Lucie Manon Margaux Marie Mathieu Maxime Mélanie Michel Michèle Monique
Nathalie Nicolas Noémie Océane Olivier Pascal Patrice Philippe Pierre Quentin Raphaël Rémi Renée Romain Sandrine
Sébastien Solène Stéphane Stéphanie Sylvie Théo Thibault Thierry Valérie Véronique Virginie Xavier Yann Yannick
Yves Zoé Abbas Abdel Abdelaziz Abdallah Adil Ahlam Aisha Alaa Amal Amin Amina Amr Anas Asma Ayman Aziz Bashir
Bilal Dalia Faisal Farah Farid Fatima Fouad Ghada Habib Hadi Hala Hamid Hanan Hani Hasan Hassan Haytham Hussein
Ibrahim Iman Imad Jamal Jamila Karim Khaled Khalil Layla Leila Lina Mahmoud Majid Marwan Maryam Mohamed Mona
Mostafa Mounir Mustafa Nabil Nadia Nasser Nour Omar Osama Rami Rania Rashid Reem Riad Salma Salwa Sami Samir
Samira Sara Sharif Tarek Walid Yasmin Yasser Youssef Zaid Zainab Ziad Hamza Bassam Fadi Ghassan Hiba Jana Lama
Maher Nizar Rasha Sawsan Wael Yara Zeina Soufiane Mehdi Nabila Rachid Driss Hakim Karima Latifa Malika Naima Souad
Yousra Zakaria Hicham Ilyas Younes Khadija Meriem Imane Chaima Ahmet Ali Ayşe Aylin Barış Burak Cem Deniz Ebru Ece
Elif Emine Emir Emre Esra Fatma Gökhan Hakan Hasan Hülya Kemal Kerem Mehmet Melike Merve Murat Mustafa Onur Orhan
Özge Selin Serkan Sibel Tuncay Yasemin Yavuz Yusuf Zehra Zeynep Arda Baran Ceren Defne Ecrin Eylül Irmak Kaan Mert
Oğuz Ozan Tolga Umut Volkan Sinan Levent Erkan Ercan Canan Gülşen Nesrin Songül Ali Amir Arash Ardeshir Babak
Behnam Behrouz Bijan Cyrus Dariush Farhad Farnaz Farzad Ghazal Golnar Hamed Hamid Hossein Kamran Kaveh Keyvan
Leila Mahsa Majid Maryam Mehdi Mehran Mina Mitra Mohsen Mojgan Nasrin Navid Neda Nima Omid Parisa Parvin Payam
Pedram Reza Roya Saeed Sahar Sanaz Shirin Soheil Sorayya Taraneh Yasaman Zahra Darya Arman Kian Aram Anahit Armen
Arsen Gohar Hayk Karen Lilit Narek Nune Tigran Vardan Ani Ashot Davit Giorgi Irakli Levan Lasha Nino Tamar Tornike
Zurab Ketevan Mariam Salome Nika Nodar Ivane Akira Aoi Asuka Ayumi Chiaki Daiki Daisuke Emi Eri Haruka Haruki
Haruto Hideki Hikari Hina Hinata Hiroki Hiroshi Hiroto Ichiro Kaito Kaori Kazuki Kazuo Keiko Kenji Kenta Koji
Kumiko Mai Mami Mariko Masaki Masako Masato Mayumi Megumi Miho Miki Minoru Misaki Mitsuki Miyu Momoka Naoki Naoko
Naomi Noriko Ren* Riku Rin* Ryo Ryota Sakura Satoshi Shinji Shota Sora* Sota Takashi Takeshi Takumi Taro* Tatsuya
Tomoko Yamato Yoko Yoshiko Yota Yui Yuka Yuki Yuko Yuma Yumi Yuna Yusuke Yuto Kenichi Souta Haruna
Nanami Yuri Hui Jian Jing Ling Mei Ming Wei Xiao Xin Yan Hyun Minji Jisoo Jiwoo Seojun Minjun Jiho Hyejin Yoona
Cuong Hieu Huong Khanh Linh Mai Minh Ngoc Phuong Quang Thanh Thao Thuy Trang Trung Tuan Tung Viet Aiden Ashlee
Ashlynn Brayden Braylee Brinley Brynlee Cadence* Caleb Camden Carson Charlee Colton Dallas^ Easton Emberly Emerie
Everly Ezra Finnegan Hadley Harper Hayden Hazel Jaxon Jaxson Jayla Jolie Journee Kaylee Kinsley Kylie Landon
Lennox Lincoln^ Londyn Lyric* Maddox Madilyn Makenna Marley Mckenzie Nevaeh Oaklee Paisley* Parker Peyton Raelynn
Reese Remington Ryker Ryleigh Sadie Sawyer* Skylar Stetson* Tinsley Waylon Wrenley Zander Aled Alun Arwel Bleddyn
Brangwen Branwen Caradog Catrin Ceinwen Cerian Dai Dilys Dylan Eifion Eirlys Elfed Elwyn Emlyn Glenys Glyn Goronwy
Gwilym Gwion Gwyn Hefin Hywel Idwal Ifor Iolo Islwyn Llŷr Mabli Meinir Mererid Mostyn Nia Owain Prys Rhiannon Rhun
Sioned Siân Taliesin Tegwen Trystan Wynne Ailish Aine Aoibhinn Bríd Brigid Cathaoir Ciarán Colm Conchúr Dónal
Éabha Eamonn Eithne Emer Éanna Fiadh Fionn Labhaoise Lughaidh Máire Mairéad Maolíosa Muireann Naoise Neasa Nóirín
Oisín Órlaith Pádraig Peig Proinsias Ríona Rónán Séamus Seán Síle Siobhán Tadgh Treasa Úna Aileen Alasdair
Alistair Angus Archibald Artair Beathag Calum Coinneach Dòmhnall Eachann Euan Ewan Fearghas Fionnlagh Gordon Iain
Isbeal Kenna Kirsteen Lachlan Mairi Màiri Malcolm Morag Murdo Niall Ròs Ruairidh Seonaidh Seumas Shona Sorcha
Tormod Uilleam Amos Anwen Arlo Bartholomew Bettina Clemency* Cosmo Crispin Delphine Digby Dulcie Elowen Ferdinand
Fenella Florian Gwendoline Hector Horatio Ignatius Isadora Jocasta Lavinia Leopold Lysander Marmaduke Minerva
Monty Octavius Ottoline Peregrine Perpetua Quentin Rafferty Rollo Rufus Seraphina Septimus Tarquin Theodora Ursula
Valentine* Wilfred Wolfgang Xenia Zebedee Addie Agatha Alfreda Althea Amelie Aubrey Augusta Avis Bernice Birdie*
Blanche Cora Dolly Dorcas Edie Effie Elfrida Elsie Enid Ernestine Esme Ethel Eudora Eunice Evelyn Flossie Freda
Gertie Ginny Gwen Harriet Hattie Hetty Ida Ivy* Josie Kitty Lettie Lottie Mabel Madge Maisie Marjorie Maud Mavis
Millicent Minnie Muriel Myrtle* Nancy Nell Nora Olive* Opal* Pearl* Phyllis Polly Queenie Rosalie Sybil Thelma
Tilly Vera Verity* Violet* Winifred Abraham Alf Algernon Ambrose Arnold Bernard Bertie Cecil Clarence Clifford
Cyril Desmond Dudley Edmund Ernest Eustace Everard Gerald Godfrey Harold Herbert Horace Hubert Humphrey Ivor
Jasper Lancelot Leonard Leslie Lionel Maurice Montague Neville Norman^ Oswald Percival Percy Reginald Roland
Roderick Rupert Sidney Stanley Sydney^ Thaddeus Wilfrid Willoughby Ezra Kareem Malik Tyrone Darnell Deshawn Jamal
Latisha Shaniqua Tanisha Keisha Lakisha Aaliyah Imani Jayla Kiara Nia Tamika Shanice Deja Ebony* Janelle Jazmine
Kenya^ Monique Raven* Shawnee Tiana Trinity* Zaria Ezekiel Isaiah Jedidiah Josiah Levi Malachi Micah Obadiah
Reuben Shiloh Zebulun Abigail Bathsheba Deborah Delilah Dinah Esther Hadassah Hannah Judith Keziah Leah Miriam
Naomi Phoebe Rachel Rebecca Ruth Sarah Tabitha Tamar Zipporah Aryeh Avi Avraham Chaim Eitan Elad Gideon Itai Meir
Menachem Moshe Noam Ofer Oren Shlomo Shmuel Uri Yael Yehuda Yitzhak Yosef Shira Tamar Maya Rivka Chava Devorah
Esti Tova Ansel Beckett Bodhi Caspian Cassius Dashiell Ellington Emrys Fitzgerald Ford Gatsby Hawthorne Idris
Jagger Kit* Lorcan Magnus Nico Orson Otto Percy Rafe Ronan Soren Thorin Torin Wilder Wolfe Aaliyah Amani Anaya
Arabella Ariella Aurelia Briar* Calla* Cecily Clementine* Cosima Elodie Eloise Esmae Everleigh Fern* Genevieve
Gracie Hallie Isadora Juniper* Lark* Liberty* Lyra Marigold* Meadow* Nova* Ophelia Opal* Persephone Rosalind
Saffron* Sienna Solana Tallulah Thea Vesper* Wilhelmina Winter^ Xanthe Zinnia*
`;

/** How a name doubles as another word. */
export type NameAmbiguity = 'none' | 'word' | 'proper';

function build(): { names: Set<string>; ambiguity: Map<string, NameAmbiguity> } {
  const names = new Set<string>();
  const ambiguity = new Map<string, NameAmbiguity>();
  for (const entry of `${BOYS} ${GIRLS} ${MORE} ${WORLD}`.split(/\s+/)) {
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
