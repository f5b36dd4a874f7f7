package org.dossier.bench.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The fixed word lists the synthetic store is made of: news words for text and quotes, first
 * and last names for 20,000 people, countries, and the PLOVER event types with their nearest
 * CAMEO codes and quad classes. Fixed lists make every generated store identical.
 */
final class SyntheticVocabulary {

  static final List<String> WORDS = List.of(("talks deal nuclear sanctions minister president"
      + " government election protest border troops ceasefire agreement meeting summit embassy"
      + " oil gas trade tariffs economy inflation budget parliament court judge ruling law"
      + " reform vote campaign rally police arrest prison refugees aid hospital health vaccine"
      + " drought flood earthquake storm climate energy power grid pipeline port shipping navy"
      + " army missile drone attack strike rocket security intelligence spy cyber hack data"
      + " bank currency market stocks investors debt loan fund growth jobs strike union workers"
      + " farmers wheat food prices water schools students teachers university science space"
      + " satellite launch research treaty alliance partners allies rivals dispute territory"
      + " island coast river capital city province region village officials spokesman envoy"
      + " delegation negotiators mediator proposal plan offer demand warning threat rejection"
      + " support statement interview report investigation scandal corruption bribery fraud"
      + " opposition coalition party leader cabinet decree constitution referendum monarchy"
      + " military exercise deployment withdrawal convoy checkpoint hostages prisoners exchange"
      + " humanitarian corridor ceasefire violations shelling casualties civilians victims"
      + " funeral mourners memorial anniversary ceremony visit tour talks resumed stalled"
      + " breakthrough progress setback crisis emergency response relief reconstruction").split(" "));

  static final List<String> FIRST = List.of(("Amir Anna Ahmed Aliya Boris Carla Chen Daniel"
      + " Dmitri Elena Emeka Fatima Farid Grace Hassan Helga Ines Ivan Jamal Jana Jorge Julia"
      + " Kamal Karin Kenji Laila Leon Lucia Malik Maria Mehmet Mina Nadia Nikolai Noor Olga"
      + " Omar Paolo Priya Rafael Rania Reza Rosa Sami Sara Sergei Sofia Tariq Tomas Uma Viktor"
      + " Wei Yara Yusuf Zainab Zoran Abdul Agnes Bashir Beatriz Chidi Clara Dario Dina Erik"
      + " Esra Felix Gita Hamid Hana Igor Irina Jonas Kemal Kira Lars Lina Marco Maya Nabil"
      + " Nora Oscar Parisa Qasim Rita Salim Selin Stefan Tamar Umar Vera Walid Xenia Yasmin"
      + " Zeynep Adel Bianca Cyrus Dalia").split(" "));

  static final List<String> LAST = List.of(("Abbasi Adams Ahmadi Akhtar Alvarez Amini Anand"
      + " Andersen Baker Bakr Banerjee Bauer Becker Bianchi Brown Castro Chen Chowdhury Costa"
      + " Cruz Dahl Das Diaz Dogan Dubois Eriksen Farah Fischer Garcia Ghosh Gomez Gupta Haddad"
      + " Hansen Hassan Hoffmann Horvat Hussein Ibrahim Ivanov Jansen Jovanovic Kaya Khan Kim"
      + " Klein Kovac Kowalski Kumar Larsen Lee Lopez Madsen Malik Marin Martin Meyer Mohammadi"
      + " Moreno Muller Murphy Nagy Nasser Navarro Nguyen Nielsen Novak Okafor Olsen Ortiz"
      + " Ozturk Park Patel Pavlov Perez Petrov Popescu Qureshi Rahman Ramos Rashid Reyes"
      + " Richter Rossi Saleh Sanchez Santos Schmidt Schulz Shah Silva Singh Smirnov Sokolov"
      + " Suzuki Tanaka Taylor Torres Vargas Volkov Wagner Walker Wang Weber Wilson Wolf Wong"
      + " Yadav Yamamoto Yilmaz Zadeh Zhang Zimmermann Abe Ali Amato Arslan Aziz Bello Berg"
      + " Bose Brandt Celik Conti Dutta Eze Fontaine Gallo Hakimi Hayes Ito Jafari Jensen Kato"
      + " Keller Koch Lang Lindqvist Mahmoud Mansour Mendes Molina Mori Nakamura Nowak Obi"
      + " Pereira Rezaei Romano Saito Salazar Sato Sharma Soto Stein Sun Takahashi Toure Vogel"
      + " Weiss Wu Yang Yoon Zaman Ferreira Guerrero Haas Islam Jung Karimi Lehmann Mehta"
      + " Neumann Oliveira Pham Quinn Rao Sahin Tran Ueda Vasquez Ward Xu Young Zhou").split(" "));

  static final List<String> COUNTRIES = List.of(("US IR IL IQ SY LB SA AE QA OM TR EG JO RU"
      + " UA BY PL DE FR GB IT ES NL BE SE NO CN JP KR KP IN PK AF BD ID PH BR MX AR ZA").split(" "));

  static final List<String> CODES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  static final List<String> CAMEOS = List.of("057", "040", "051", "080", "060", "070", "087",
      "020", "112", "120", "130", "140", "163", "150", "170", "180");
  static final List<String> QUADS = List.of("1", "1", "1", "1", "2", "2", "2", "1", "3", "3",
      "3", "3", "4", "4", "4", "4");
  static final List<String> VERBS = List.of("agreed with", "met", "backed", "yielded to",
      "worked with", "sent aid to", "pulled back from", "asked", "accused", "rejected",
      "threatened", "protested against", "sanctioned", "mobilized against", "coerced",
      "attacked");

  private SyntheticVocabulary() {
  }

  /** A DuckDB list literal of {@code values}; the values are fixed words, never user input. */
  static String sqlList(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static int people() {
    return FIRST.size() * LAST.size();
  }
}
