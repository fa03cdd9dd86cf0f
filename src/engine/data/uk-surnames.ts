/**
 * Common surnames in the UK, for recognising "Firstname Surname" when the first name is not in the first-name
 * list. Source: written for Post Guard from general knowledge of the most frequent surnames in England, Wales,
 * Scotland and Northern Ireland (as published from ONS and National Records of Scotland registers), plus surnames
 * common in the UK's South Asian, African, Polish and Chinese communities. Words that are also ordinary words
 * (Brown, White, Young, King, Hill, Wood...) are kept: a surname only counts after a capitalised first word.
 */
import { foldText } from '../text/fold';

const SURNAMES = `
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White
Edwards Hughes Green Hall Lewis Harris Clarke Clark Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore
Khan Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Grey Mason Ali Hunt Hussain
Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp
Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard
Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham
Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson
Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson
Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston
Hancock Thornton Baldwin Burrows Briggs Storey Pike Pope Fleming Hilton Howe Vincent Chan Wong Li Wang Zhang Chen
Liu Nguyen Kowalski Nowak Wojcik Kaminski Lewandowski Zielinski Mensah Okafor Okoro Adeyemi Oyelaran Osei Boateng
Abubakar Mohamed Mohammed Rahman Islam Uddin Chowdhury Hossain Iqbal Malik Butt Raza Aziz Sharma Kumar Gupta Mistry
Joshi Mehta Desai Chauhan Sandhu Sidhu Gill Dhillon Bains Grewal McLean MacLeod MacDonald McKenzie MacKenzie
Fraser Paterson Sinclair Munro Cameron Hay Kerr Duncan Kelly McLaughlin Doherty Gallagher Quinn Byrne Ryan Walsh
O'Sullivan McCann Devlin Maguire Murray Flanagan Rafferty Dempsey Llewellyn Pugh Powell Price Vaughan Bowen Howells
Jenkins Rees Prosser Probert Beynon Penhaligon Trelawney Pascoe Nancarrow Rowe
`;

/**
 * Surnames of the wider world, for the same purpose: frequent US surnames (after the US Census Bureau's list of
 * surnames by frequency, 2010), more Irish, Scottish and English regional surnames, and frequent surnames of
 * Nigeria, Ghana, Kenya, Somalia and Southern Africa, Pakistan, Bangladesh, India and Sri Lanka, China, Hong
 * Kong, Korea, Vietnam and Japan, Germany, Scandinavia, Iceland and Finland, Poland, Russia and Ukraine, the
 * former Yugoslavia, Hungary, the Czech Republic, Romania and Bulgaria, Italy, Portugal and Brazil, France, the
 * Netherlands and Belgium, Israel, Turkey, Iran and the Arabic-speaking countries, Armenia, Georgia and Greece.
 * Written by hand for Post Guard from general knowledge of those countries' most frequent surnames; no dataset
 * was copied. Surnames that are also common English words in lower case ("Black", "Love", "Church", "Case") were
 * left out of this block, as were syllables too short to tell from other words ("Ho", "Do", "Ma").
 */
const WORLD = `
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes
Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Moreno Romero Herrera Medina
Aguilar Vargas Castro Guzman Fernandez Salazar Soto Delgado Rios Vasquez Velasquez Sandoval Contreras Dominguez
Guerrero Estrada Nunez Maldonado Cabrera Valdez Vega Campos Espinoza Munoz Navarro Salinas Pena Acosta Figueroa
Cortez Juarez Rosales Marquez Padilla Fuentes Carrillo Santana Escobar Serrano Ayala Miranda Trujillo Orozco Mejia
Valencia Ibarra Zamora Lara Villarreal Avila Solis Robles Galvan Benitez Duran Ochoa Pacheco Cardenas Portillo
Montoya Cervantes Bautista Barrera Salas Beltran Zuniga Velazquez Arellano Quintero Sosa Aguirre Peterson Sanders
Patterson Washington Bryant Myers Owens Hicks Crawford Henry Boyd Daniels Nichols Perkins Wagner Olson Snyder
Carpenter Weaver Greene Sims Kelley Franklin Fields Schmidt Montgomery Meyer McCoy Howell Hansen Jacobs Garrett
Welch Larson Frazier Hanson Brewer Hoffman Carlson Silva Jensen Byrd Neal Caldwell Graves Horton Shelton Obrien
McKinney Craig Rhodes Haynes McDaniel Mendez Vaughn Parks Steele Powers Schultz Keller Chandler Weber Leonard
Lyons Ramsey Wolfe Mullins Benson Daniel Cummings Hines Griffith Hubbard Reeves Warner Santos Tate Mack Dennis
McGee Farmer Glover Cohen Harmon Rodgers Robbins Blair Ingram Reese Strickland Hampton Ortega Patton Swanson
Joseph Goodman Becker Erickson Hodges Conner Adkins Malone Flowers Cobb Maxwell Floyd Paul Lindsey Tyler
Fitzgerald Sherman Alvarado Greer Simon Ballard Schwartz McBride Houston Christensen Klein Pratt Zimmerman
Buchanan Moran Copeland Roy Pittman Brady McCormick Holloway Brock Logan Jefferson Abbott Sparks Patrick Norton
Massey Carson Bowers Roberson Tran Harrington Casey Boone Mathis Wilkins Cain Bryan Underwood Luna Phelps McGuire
Allison Bridges Wilkerson Summers Atkins Wilcox Pitts Conley Burnett Richard Cochran Gates Sawyer Vazquez
Dickerson Hodge Flynn Monroe Kirk Randall Anthony Whitaker Oconnor Skinner Molina Kirby Huffman Bradford Charles
Gilmore Oneal Bruce Lang Combs Kramer Gaines Shaffer Wiggins Mathews McClain Fischer Melton Hensley Grimes Wyatt
Mosley Larsen Beasley Glenn Petersen Meyers Keith Shields Olsen Schroeder Hartman Woodard Mueller Deleon Calhoun
Wiley Eaton Cline Harrell Lester Humphrey Parrish Hess Dorsey Dalton Vance Blackwell York Johns Blankenship
Trevino Pruitt Moses Callahan Hardin Guerra McDowell Carey Stafford Gallegos Henson Booker Merritt Orr Decker
Hobbs Tanner Knox Rojas Marks Hickman English Sweeney McClure Conway Walter Roth Maynard Farrell Lowery Hurst
Nixon Weiss Ellison Sloan Winters Randolph Leon Boyer McCall Kent Ayers Shannon Leblanc Browning Chang Sellers
Foley Bartlett Mercado Landry Durham Walls Barr McKee Bauer Rivers Everett Bradshaw Velez Estes Dodson Morse
Sheppard Weeks Camacho Barron Livingston Spears Blevins McConnell Hatfield Ashley Herman Giles Blackburn William
Pennington Finley McIntosh Koch Solomon McCullough Dudley Nolan Blanchard Rivas Brennan Kane Benton Joyce Haley
Maddox Russo McKnight McMillan Crosby Dotson Mays Richmond Meadows Faulkner Oneill Knapp Kline Barry Jacobson
Avery Hendricks Horne Shepard Hebert McIntyre Whitney Waller Holman Donaldson Cantu Terrell Morin Gillespie
Tillman Sanford Bentley Rollins Dickson Hinton Hurley Spence McNeil Suarez Gould McFarland Sampson Rosario Hester
Melendez Dillon Farley Galloway Potts Bernard Joyner Osborn Franco Rowland Sykes Benjamin Travis Pickett Sears
Dunlap Hayden Wilder McKay Coffey McCarty Ewing Cooley Bonner Ferrell Cantrell Fulton Lynn Lott Calderon Rosa
Hooper Burch Mullen David Odonnell Michael Britt Frederick Daugherty Berger Dillard Alston Frye Riggs Chaney Odom
Duffy Fitzpatrick Valenzuela Merrill Mayer Alford McPherson Acevedo Donovan Albert Reilly Compton Raymond Mooney
McGowan Cleveland Clemons Wynn Nielsen Baird Stanton Snider Witt Stuart Hays Holden Rutledge Kinney Clements
Castaneda Hahn Emerson Conrad Burks Delaney Lancaster Tyson Sharpe Whitfield Talley Macias Irwin Burris Ratliff
McCray Kaufman Goff Bolton McFadden Levine Byers Kirkland Kidd Carney McLeod Holcomb England Burt Hendrix Haney
Franks Sargent Nieves Downs Rasmussen Lindsay Le Oneil Delacruz Vinson Dejesus Hyde Forbes Gilliam Guthrie Wooten
Huber Boyle McMahon Buckner Rocha Puckett Langley Whitley Vang O'Sullivan O'Reilly O'Doherty O'Callaghan O'Mahony
O'Shea O'Keefe O'Leary O'Hara O'Malley O'Connell O'Dwyer O'Driscoll O'Rourke O'Gorman O'Toole Kavanagh Keane
Kearney Keogh Regan Sheehan Tierney Cullen Daly Dunne Hanlon Healy Hegarty Hennessy Kehoe Kenny Lenihan Lonergan
Maher McGrath McNamara Moloney Mulcahy Murtagh Noonan Phelan Quigley Reddy Scanlon Slattery Sheridan Tobin Twomey
Whelan Coyle Donnelly Devine McCormack McGinley McGuinness McAuley Cassidy Connolly Corrigan Dolan Fahy Lally
Madigan Mannion Morrissey Mullan Nugent Rooney Shanahan Tully MacAskill MacAulay MacBean MacDougall MacFarlane
MacGregor MacInnes MacIntyre MacIver MacKay MacKinnon MacLean MacLennan MacMillan MacNeil MacPherson MacRae
McAllister McArthur McCallum McCulloch McDougall McEwan McFarlane McGill McGregor McKinnon McLellan McNeill McPhee
McRae Drummond Erskine Forsyth Gilchrist Kinnear Lamont Menzies Ogilvie Rankin Ritchie Sutherland Urquhart Cairns
Dunbar Gillies Hogg Kirkpatrick Lennox Moffat Murdoch Ramsay Strachan Tait Wishart Adebayo Adeleke Adewale Afolabi
Ajayi Akande Akinola Alade Babatunde Bello Chukwu Eze Ezeh Nwosu Nwachukwu Nwankwo Odukoya Ogunleye Ojo Okeke
Okonkwo Olaniyan Oluwole Onyeka Uche Abiodun Ogunbiyi Akintola Adeniyi Adesanya Balogun Fashola Ibekwe Igwe Iwu
Nnadi Obiora Ogbonna Ugwu Asante Owusu Appiah Agyeman Amoah Antwi Bonsu Danso Darko Frimpong Gyamfi Kuffour
Nkrumah Opoku Sarpong Yeboah Kamau Mwangi Otieno Odhiambo Ochieng Kipchoge Kiprop Wanjiru Mutua Njoroge Hassan
Farah Warsame Abdi Omar Yusuf Nkosi Dlamini Ndlovu Khumalo Mokoena Mahlangu Zulu Moyo Chikwanha Banda Phiri Mwale
Tembo Ahmad Anwar Arshad Aslam Bashir Bhatti Chaudhry Chaudhary Dar Farooq Haider Hameed Hanif Haq Hashmi Javed
Jamil Kazmi Latif Mahmood Majeed Mirza Mughal Nadeem Naqvi Nawaz Qureshi Rana Rashid Rasheed Rehman Rizvi Saeed
Shafiq Shaikh Siddiqui Tariq Zaidi Zaman Hoque Karim Sarkar Ullah Alam Aggarwal Agarwal Bhatt Bose Chopra Das
Dutta Ghosh Iyer Jain Kapoor Khanna Krishnan Kulkarni Malhotra Menon Mukherjee Nair Pandey Pillai Rao Saxena Sen
Sethi Shetty Sinha Srinivasan Subramanian Trivedi Verma Yadav Banerjee Chatterjee Bhattacharya Chakraborty
Choudhury Gandhi Lal Mishra Nath Patil Prasad Rajput Rathore Sahni Soni Thakur Tiwari Varma Vyas Parekh Modi
Solanki Parmar Rathod Makwana Dhaliwal Brar Bhogal Johal Kang Sahota Virdi Perera Fernando Jayasuriya
Wickramasinghe Gunawardena Ranasinghe Bandara Dissanayake Huang Zhao Wu Zhou Xu Zhu Hu Guo Gao Lin Luo Zheng Liang
Xie Han Feng Deng Cao Peng Zeng Xiao Tian Cai Jiang Yu Du Cheng Wei Su Lu Ren Shen Yao Zhong Leung Cheung Lau Ng
Tse Tsang Kwok Fung Chu Yeung Kim Choi Jung Cho Yoon Jang Lim Seo Kwon Hwang Ahn Jeon Hong Pham Hoang Phan Vu Vo
Bui Ngo Duong Ly Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Okada Goto
Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda
Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo
Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujita Kono Sugiyama Murata
 Kitamura Muller Schulz Hoffmann Schafer Richter Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Kohler Herrmann Konig Fuchs Scholz
Moller Weiß Schubert Vogel Friedrich Gunther Winkler Lorenz Baumann Franke Albrecht Schuster Ludwig Bohm Kraus
Schumacher Vogt Jager Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn
Pohl Engel Busch Bergmann Voigt Sauer Wolff Pfeiffer Johansen Andersen Pedersen Nilsen Kristiansen Karlsen Johnsen
Pettersen Eriksen Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jorgensen Halvorsen Henriksen Lund Sorensen
Poulsen Madsen Kristensen Thomsen Christiansen Mortensen Knudsen Jeppesen Frederiksen Mikkelsen Johansson
Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson
Bengtsson Lindberg Lindqvist Lindgren Magnusson Axelsson Berglund Lundberg Lindstrom Jakobsson Sandberg Forsberg
Sjoberg Wallin Engstrom Eklund Danielsson Lundgren Hakansson Lundqvist Bjork Berggren Holmberg Isaksson
 Nordin Virtanen Korhonen Nieminen Makinen Hamalainen Laine Heikkinen Koskinen Jarvinen Lehtonen Saarinen
Salminen Lehtinen Heinonen Niemi Kinnunen Salonen Turunen Jokinen Lahtinen Rantanen Tuominen Aaltonen Karjalainen
Manninen Jonsdottir Gudmundsson Gunnarsson Sigurdsson Stefansson Olafsson Thorsson Magnusdottir Kowalska
Wisniewski Kowalczyk Szymanski Wozniak Dabrowski Kozlowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk
Piotrowski Grabowski Nowakowski Pawlowski Michalski Nowicki Adamczyk Dudek Zajac Wieczorek Jablonski Król Majewski
Olszewski Jaworski Wrobel Malinowski Pawlak Witkowski Walczak Stepien Górski Rutkowski Michalak Sikora Ostrowski
Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wroblewski Zalewski Jakubowski Jasinski Zawadzki Sadowski
Chmielewski Borkowski Czarnecki Sawicki Sokolowski Kubiak Maciejewski Szczepanski Kucharski Kalinowski Mazurek
Wysocki Adamski Kaczmarek Kaczmarczyk Kaczynski Grabowska Nowakowska Ivanov Smirnov Kuznetsov Popov Vasiliev
Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov
Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobiev
Sergeev Kuzmin Frolov Alexandrov Dmitriev Korolev Gusev Kiselev Ilyin Maksimov Polyakov Sorokin Vinogradov Kovalev
Belov Medvedev Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyaev Gerasimov Bogdanov Osipov Sidorov
Matveev Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov Gavrilov Tikhonov Kazakov Ivanova
Smirnova Kuznetsova Popova Petrova Sokolova Volkova Novikova Morozova Kozlova Lebedeva Orlova Romanova Kovalenko
Shevchenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Boyko Tkachuk Kovalchuk Melnyk Moroz
Lysenko Marchenko Rudenko Savchenko Petrenko Klymenko Pavlenko Horvat Kovačević Babić Marić Jurić Novak Kovačić
Knežević Vuković Marković Petrović Matić Tomić Pavlović Nikolić Jovanović Đorđević Stojanović Ilić Stanković
Popović Mitrović Živković Todorović Savić Kovač Nagy Kovacs Toth Szabo Horvath Varga Molnar Nemeth Farkas
Balogh Papp Takacs Juhasz Lakatos Meszaros Olah Racz Fekete Szilagyi Torok Feher Balazs Kis Szucs Kocsis Orsos
Pinter Fodor Szalai Sipos Magyar Lukacs Gulyas Biro Kiraly Balog Laszlo Bogdan Katona Sandor Svoboda Novotný
Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala
Sedláček Doležal Zeman Kolář Navrátil Čermák Popescu Popa Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu
Rusu Constantin Mihai Lazar Georgescu Florea Dobre Barbu Nistor Munteanu Dimitrov Georgiev Todorov Stoyanov
Hristov Angelov Kolev Yordanov Rossi Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Leone
Longo Martinelli Vitale Lombardo Serra Coppola DeSantis Marchetti Parisi Conte Ferraro Ferri Fabbri Bianco Marini
Grasso Valentini Messina Sala DeAngelis Gatti Pellegrini Palumbo Sanna Rizzi Monti Cattaneo Morelli Amato
Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Palmieri
Bernardi Martino Fiore DeRosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini
Milani Pagano Ruggiero Sorrentino Oliveira Souza Pereira Carvalho Almeida Ferreira Rodrigues Alves Lima Gomes
Ribeiro Martins Araujo Barbosa Dias Nascimento Moreira Cardoso Teixeira Correia Mendes Nunes Soares Vieira
Monteiro Cavalcanti Lopes Machado Fernandes Freitas Azevedo Sousa Coelho Marques Figueiredo Batista Dubois Durand
Leroy Moreau Laurent Lefebvre Lefevre Michel Bertrand Fournier Girard Mercier Dupont Legrand Garnier Faure
Rousseau Blanc Guerin Roussel Perrin Mathieu Gauthier Dumont Fontaine Masson Lemaire Duval Joly Gautier Roche
Meunier Marchand Dufour Barbier Brun Dumas Leroux Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Renaud
Lemoine Picard Gaillard Leclercq Lacroix Fabre Dupuis Guillot Riviere Moulin Lecomte Menard Fleury Deschamps
Carpentier Julien Benoit Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prevost Poirier Charpentier Royer
Huet Dupuy Pons Perrot Guyot Marty DeJong Jansen DeVries Bakker Janssen Visser Smit Meijer DeBoer Mulder DeGroot
Bos Vos Hendriks Dekker Brouwer DeWit Dijkstra Smits DeGraaf Kok DeHaan Vermeulen Schouten Willems Hoekstra Maas
Verhoeven Koster Prins Blom Huisman Peeters Kuipers Kuiper Veenstra Scholten Postma Martens Vink Timmermans Groen
Gerritsen Jonker Willemsen Smeets Bosch Schipper Koning Driessen Hermans Evers Hofman Bosman Wouters Verbeek Claes
Goossens Maes Wuyts Mertens Levi Mizrahi Peretz Biton Friedman Katz Goldberg Goldstein Rosenberg Rosen Shapiro
Kaplan Feldman Abramovich Abrams Bernstein Greenberg Horowitz Lieberman Rubin Segal Silverman Weinberg Yilmaz Kaya
Demir Sahin Celik Yildiz Yıldız Yildirim Yıldırım Ozturk Aydin Aydın Ozdemir Arslan Dogan Kilic Kılıç Aslan Cetin
Kara Koc Kurt Ozkan Simsek Polat Korkmaz Erdogan Aksoy Karaca Tekin Bulut Guler Yavuz Hosseini Mohammadi Ahmadi
Rezaei Moradi Karimi Jafari Rahimi Mousavi Hashemi Sadeghi Ghasemi Tehrani Esfahani Shirazi Haddad Khoury Nasser
Saleh Mansour Hamdan Najjar Darwish Masri Saliba Sabbagh Hakim Qasim Abdullah Abdallah Mahmoud Hussein Salem
Sharif Kassem Karam Fares Aoun Gemayel Jaber Issa Khalil Ibrahim Youssef Yousef Mustafa Rashed Jamal Awad Bakr
Zayed Bishara Tannous Grigoryan Harutyunyan Sargsyan Khachatryan Hovhannisyan Petrosyan Gevorgyan Karapetyan
Mkrtchyan Hakobyan Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia
Papadopoulos Papadakis Georgiou Nikolaou Pappas Dimitriou Ioannou Konstantinou Christodoulou Vlachos Antoniou
Alexiou Economou Ainsworth Alderson Appleby Ashworth Aspinall Barraclough Bateman Beckett Bramley Brierley
Broadbent Bromley Buckingham Burrell Butterworth Cartwright Charlton Clegg Cockburn Crowther Dalby Dobson Dowson
Duckworth Eastwood Entwistle Fairclough Farrar Fenwick Fitton Gaskell Goddard Goodall Greenhalgh Haigh Halliday
Hargreaves Haworth Heaton Hepworth Hetherington Hinchliffe Hollingworth Horsfall Houghton Hoyle Hulme Illingworth
Jowett Kershaw Lister Lomas Longbottom Marsden Metcalfe Mottram Naylor Nuttall Oldroyd Ormerod Pickles Pilkington
Priestley Ramsden Ratcliffe Rushworth Sowerby Stansfield Sugden Sutcliffe Swales Thackeray Tattersall Thwaite
Threlfall Tomlinson Uttley Walmsley Waddington Whiteley Whittaker Wilde Woolley Wormald Yeadon Allsop Ashton
Bamford Bannister Bartley Beaumont Bellamy Benfield Bickerstaff Blundell Boardman Bradbury Cadman Carrington
Catterall Chadwick Challinor Cheetham Cockerill Cowell Crossley Dawes Dearden Denton Dewhurst Dunkley Earnshaw
Eccles Fairhurst Fogg Forshaw Gledhill Greaves Grimshaw Hadfield Hampson Hardcastle Hesketh Hindle Hodgkinson
Holroyd Horrocks Howarth Ingham Jolley Kenyon Leigh Lockwood Lowther Mellor Moorhouse Oddie Partington Platt
Prescott Rawlinson Rigby Rimmer Royle Scholes Shackleton Sharples Shuttleworth Speakman Stott Swindells Tetley
Townend Turton Unsworth Varley Warburton Whitworth Wolstenholme Worsley
`;

/** Folded keys of common UK surnames. */
export const UK_SURNAMES: ReadonlySet<string> = new Set(
  `${SURNAMES} ${WORLD}`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => foldText(name).replace(/[^a-z]/g, '')),
);
