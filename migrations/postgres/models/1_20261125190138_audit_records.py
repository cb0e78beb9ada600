from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "note" TEXT,
    "actor_id" INT REFERENCES "staff_user" ("id") ON DELETE RESTRICT,
    "company_id" INT REFERENCES "company_account" ("id") ON DELETE RESTRICT,
    "staff_id" INT REFERENCES "staff_user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_account_eve_at_3943e0" ON "account_event" ("at");
COMMENT ON COLUMN "account_event"."action" IS 'CREATE_STAFF: CREATE_STAFF\nDEACTIVATE_STAFF: DEACTIVATE_STAFF\nACTIVATE_STAFF: ACTIVATE_STAFF\nRESET_STAFF_PASSWORD: RESET_STAFF_PASSWORD\nSUSPEND_COMPANY: SUSPEND_COMPANY\nREACTIVATE_COMPANY: REACTIVATE_COMPANY\nRELEASE_COMPANY: RELEASE_COMPANY';
COMMENT ON TABLE "account_event" IS 'Account administration by MLIT staff (A10): who did what to which account, when.';
        CREATE TABLE IF NOT EXISTS "attachment_download" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "plan_id" INT NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "attachment_id" INT REFERENCES "attachment" ("id") ON DELETE SET NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_attachment__at_63248a" ON "attachment_download" ("at");
COMMENT ON TABLE "attachment_download" IS 'Every staff download of an attachment (DESIGN.md rule 8).';
        CREATE TABLE IF NOT EXISTS "export_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_role" VARCHAR(16) NOT NULL,
    "channel" VARCHAR(5) NOT NULL,
    "target" VARCHAR(50) NOT NULL,
    "filter_description" TEXT NOT NULL,
    "row_count" INT,
    "staff_id" INT NOT NULL REFERENCES "staff_user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_export_reco_at_0023ef" ON "export_record" ("at");
COMMENT ON COLUMN "export_record"."actor_role" IS 'COMPANY: COMPANY\nBUREAU_STAFF: BUREAU_STAFF\nMLIT_STAFF: MLIT_STAFF\nIMPLEMENTING_ORG: IMPLEMENTING_ORG\nANALYST: ANALYST';
COMMENT ON COLUMN "export_record"."channel" IS 'ADMIN: ADMIN\nAPI: API';
COMMENT ON TABLE "export_record" IS 'Every data export (CONTRACT.md): who, when, what, with which filter.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "export_record";
        DROP TABLE IF EXISTS "account_event";
        DROP TABLE IF EXISTS "attachment_download";"""


MODELS_STATE = (
    "eJztXVl34jq2/itavNxk3XStEDLSTw44KXcxpIFUnTqHs9yOUYI7RuZ4SCrdt/77lTyAB8"
    "nYjgHHpYcEIWsL+CRtbe1J/20sjBnUrU+CqhoOssUXiOxGG/y3gZQFxAXq8yPQUJbL9VNS"
    "YSsPukugeC1luGr6YNmmopJuHxXdgrhqBi3V1Ja2ZiBC4ncOlNlCQxppTZ6AhzfQ70kTYN"
    "nK4yM4EJrHh23wOjfATJvhV8UGtoFfNXUO/A89wm8h+kQ+dWaouCMNPW3rAxyk/eVA2Tae"
    "oD2HJv6YP/7E1RqawR/QCt4un+VHDeqzCKbajHTg1sv229Ktk5B94zYk3/1BVg3dWaB14+"
    "WbPTfQqrXmQfsEEcS/BZLubdMh0CJH1/2hCND2vum6ifcVQzQz+Kg4OhkgQu19gXVdQ5YH"
    "w4k8Fiey3EgMXkARgtuvUg1EkMZf1XJ//RP5Cn87aZ5enF62zk8vcRP3a65qLn56H70Gxi"
    "N04RlMGj/d54qteC1cjNegKnYS1C7GxtYWkI6sRxFDduaTfAoKcZwDVNOADir2g3QKjBOp"
    "L44nQv+OdL+wrL90FyZhIpInJ27tW6z24PyQ1Bt4DXsrfNUJ+CZNPgPyFvw+HIgumoZlP5"
    "nuJ67bTX5vkO+kOLYhI+NVVmZhIIPqoAo3DY2q6v76xMh25oopImfhjqyEf76CVJgc4RV1"
    "bJQxXOWM65qjFR/YRmckYqxljNXNTRuE301RVxQ6E+lr6Hm8ZoriLeLPRyL5ZPeNfCeMx9"
    "+Go24b0GqnaHw/vhMHXbkz7N8Jg+9tEKsgva36XzVK1pF2PVEYRxpFKuJcmsE2FsoPWYfo"
    "yZ4TXnGcMrm/CqPOZ2F0cHIcm7AD/8mJ++hnZIIhw4bJ6TWBPxjsOGhfaEL5XGDL86kURi"
    "H+NonwiADDg77w22GET/SGg9ugeQjzTm94HcMaL0fDlHPtfmGSzXtg9SEvZxdcQ6oai6WC"
    "3vKBGiXisCZhdSXCfKCGSTikHqREAn58potrZGEn4b0xTKg9oS/wLbGzx0D1DyZjAvu9BT"
    "8u+13Xrr+iqbyuzg0RHogBwD8b2i4EeAefjKTOpEFjCSVg2/F68k9P9QU4yg8zQOyudT55"
    "s2AbZosMZAmXeFDU51fFnMkRdkGeGCdGrGbVNvlocbKI1yhIeXLhIb+DfOtAo4EQntUqXL"
    "A0HuHnR6kaj3jLTQoPNshcqVAtpYKt2TrleEBOn3RgVwRVPnBmhzd2+Mp2+ko7fiXOXw/G"
    "jLJVsc9fQfta4LvrAxhmxqZtyflVZRFCrjGrssYMolmREQ6RlTC+m4UVPrzFhteyjaUlY5"
    "HxRVMpO9O1YehQQaxVHKONjfQDJt4WF13VhMc3r3iUfVyvh8NeZEivpTh/vO9fi6ODpjuW"
    "uJHmiaVJXQBeGXBWbEWt6HaypCqzdX20NfUCTYtqZWDKzyGKQrqeQkuoGR/K5r4F55DSwY"
    "Tk1xZYJlHK3cgWGVfKwHg9OHyP+Ix/2myI9Dd/+X6QNeNzmtQls3QedM2a43F7yKl8plBy"
    "delGdWkYNa54yqJ4osyziP4Jfw8wuO/19qZ/sm1FnTO1T+unR6m6p2i7ja42QwSBs9QNBc"
    "sm4FHTIW5pmMDA1VgAWoADBc3Aq2E+Q/PwCOAnCnhw9Ge3KVANvO/hsQEWxAVFd0mspLvN"
    "tj6Ea8eqpR3TLJmMW85TSIiKnz8ynD/IqpDdNwmc2XrICFEtdGUxXeTZWRZd5NkZWxdJns"
    "WN6cjGnNQDKgfYcboa4t3MpPttpuh+m0ndr6X9h6bC0J7YRnafYneHru2z56uTk1br4uS4"
    "dX55dnpxcXZ5vOLTyUdpDPtauiXcI4I/xbVhrpycneeZ3muKGk7s89MM8/r8lDmtyaO4kh"
    "23e4LyM6RI6ikoR8lqCPVW7EeBnFlA8xAj5aqHow+hesA/3iEHHpkcDKi6B/Yio9HWwZMz"
    "utBOs6yzU/YyO02ssqWuoJxqnjVFnTbr0hSm3vE3H6YRGq4026w0w3OwBGXZnd/NB5uxmR"
    "Vl65UaUZB1hHFH6IoNNvMtAduu35/kd/ex5m9WiGnbTgY3Q2+9l4Dyt1VH9cQ3whjpk5it"
    "5A2f/4nG8Yl2JvUpb76MoK4wgooSqttOqL+aMI8YM3hFRIS2ygKs63dYn5n6czcmhNVMSz"
    "UlhOdjFpOCHF4Qm20LU+cUHh9PnfMTqE6di/OLh6lz1WqdtIECAg7oGQBsElvrK/3XH+ep"
    "/in2hDI7ptgQ/ohZUaJ73J/cxLDXqN7VZMwXNxan44cQyiGkEkfpyoG8hbN0WiBUhPe8U9"
    "CLmo0/GPCZ46Hia7vyx5aPinSOc8u+nShWomOqBBQWMDNJQLMwwUYJSMRixpufTiSgBMYj"
    "UFBYGjnoimPpdvBpMQOmo0NweZgUed7VE/eTqJoQk9c0wQMtqu81zHXiZYuj3NNlV54u+z"
    "1WVUx3U4fkEZWbw9u17OwjAL9qEJcYgU9nDbs+j1aMLZRzHN27m7ljz8fQsrwfnzwahR4f"
    "pZ6JcEPZCrXcnNUR6MaThoBPRE4vUCPnEfCMR9Q9zHiJRf4ODKS/AfwI2MYzRP9jgblizY"
    "FmAeIUBWeUhI7l9s0PTNU6MLlDJZOByiMJRqnKEQX3C/OWPRXVuYIQ1OkYb86uGCKvstzd"
    "EO6kNsD/pkjo9qUBLpOXOE/JMgRZJHG2HJ70N9c1smvgMyc+llKMqCke5wnK+nmxbWG+8y"
    "BVCuj19RTVFcuWHavQiMdpKzXmXBkXH2r4Y6nh7oqkaYhQcpVrlUfZhC9YxiuynKOUPB1H"
    "lUeZ57StjVqyhpCmaCV55tUSM69S/Th44tX3q30zuERvUyEZm9oUnWRy8rPVksEEUkKNMy"
    "XB8PSHS2gCvwty/8vhEdBm+GCt4d8yI9fDaLYFdE2FeDK1AVGBGqZm46b/C5YmfISq7Zjw"
    "EJB0FshZPECTngtji5/FNZfV0ly6Q53TkzJMw7WWG7U47hqxoLxaIkX1l9SOKq3J7EsDaT"
    "wRR20QlKbodvhVHA2GuC4oFdFsXmYYpUvmIF2yxmjNuXItCCp1/TScJ1kcO9huHSzQve2h"
    "COBryiovg6KcKAsjYvMhFto50zzEyDi/z8zvbfiDovbZjHRAV8MpvZWsPIFIndcRL05XQ7"
    "y3ksEELhSNYYNlaKwDgjoifJaFf+BWKd6OCQ6yVCzr1cAH17weBQnCWiK+Bf/SFXDER+Cp"
    "kMae0QW3w1Vad4+7grZceMExyGso+m9j1cXQK24TTe2IG8+qvAAtW7Edhi/RZpXImnp3O1"
    "3DvTpWbCQGN1Qfc+hyH/j33IqrO2vF7uq2WrG7un+2u7p4tltEMXKVYZleMRfpVXyJ8qsG"
    "+FUD3ItroxdXwsiaJX2PbwOS4QskqCQmR66cNF5f4kutQheiO4XnO/9eoKIBBDXEiURtvh"
    "OkmmWQS4bBlrHkCEh1W2/bNKRHclBQzOjxHBVsI3oiO0aWXE/n54+XU+fq8gyS/8dnJDET"
    "hG3wDJc2IKE5NlyCV82eA/zBn2bGAuPySVVsRTeeHAgUG0A3x8FCezLdmQFMB9FyP23vg9"
    "5hPFcxivmUo7MSlaIV0veXlWuWbVJnmbOYEjPTivXrhtKGGXZevT7X5+fT55vwL0czIcUF"
    "JPValDAZvxclw70oS2jKrAypqUhHCTnWGbAmq4Yk2qCIeEw2HKHZHSduHccR9moq5DGc6T"
    "C7iiovLbtqjeTqqL2aZ+3d5zlE/LE0THsEVcOkZl+LPE89h0C3pWyum2bMuEZkR+BRg4PO"
    "cDAZCZ3Jp8XssA1e58YR/gcR+a/YR95J4XWuqXNy35xN89ktq1PunFst51yeh62OFi/MHw"
    "xTNrHAV9TqFe2hyuecRmfYvxMG39vAL0zR9f1IFO5ljOLNTRuE301RvydNgifr8hRJ/bue"
    "2BcHE2lwKw9Ht20Qr5kiYSD0vo8nbeAXihjPmll8Lptsp8tmwuvyV0lZEUpUgYfCT2BRZA"
    "hKTllhKybezPKoD9YUVUa8oALhLIv+4IytPjhLaA888UEOf7sE2BP4gyEJ0KlrAXzaliX+"
    "NonsVgHAB33ht8PIjtUbDm6D5qEB6fSG13E1Dt6FVjFlGQWxCA0PmK1GDHLVJjJPjVj9GN"
    "l95zXvkZDAG0XTSewT5UwdeX6Udqb2ggsfQ00zhccSAjjzIlePgMvT8FsSwuoFs0pdNxLV"
    "jWl1c1EBPxcVOBCuKPnMS+pz84n6j8YzfJNJFkDSPgjOcT+Z+P38yU/cuzxxh8eiiLwepq"
    "+yFIPliltpIEvdNghKU9TpSfhAJQvdLmYnY3xki7wvdJ7KEhzRZMdGNBOhETmj1+p7OXHz"
    "JEsILG7FBvckEQa75jsJjNP1ThHCSjkqcv1TTv/ErYsJPUN9ZsoI7sMMAoIetMuc1hfv1k"
    "Zioybd4D3dcGyAd3dNB//yamT33b8YwkE5XVJvdosLA/w2Ny4OcHGAiwN7EQfCjCuvRBCn"
    "5UJB5YQCHqTCg1T2IAQOHfvB+NEnOQEoUmDoaaoYaLjt5CC1wEY5kD3o3OuhYkLXewSujy"
    "BsTcT+3XAkjL7Ld8J4/G04wmJXsm6KgpKM5S1x0gbR9/h5Txjgcl/wQkkjb/2nHXE0kW6k"
    "1ePV+xX1P8TOJETtvV09/Tr8Enrovisk+GUSTlJkk4RogllbgWsIolRVniRFHcS3kY7Ech"
    "7+DdVcRvQQSR1R3oYb/oMxo5xl2KbzoH0dck3s2lauKqapQUvGsqub0lShHG9SXfLpHXDX"
    "/Ayu+SRlQ2HPtxXxtrhKQpBq/PNevPd3vcjMD9VHt3fvQRt4r1M0FgddaXDbBn7BrZm4b/"
    "EmfiNIPdLaey2yuaZJW8FauWByogvKVZtwsaR58afdsrki2Z3LQyJuYs9hE5GYNcy2ZR+W"
    "AmdqCvlOsthwl96C2hNdwUNQUFOWIOYJiyo/1rJ7d18eiThGVgepLboNtbJkB26x0wO3kv"
    "mByZVW0DQNSsAkWy6OUtUB551Lx1wXTJns9dIFRxProCJCSoiM71hV27Eqout3EwlRtPxB"
    "giG2fn8ZtOCK/Z3t51tW7Fc91WPy7N8dCTeT5NF/XR09+bv1beC+kCiou56refcLU3Q/6I"
    "ojokeXxG9tEH5Hsj8Gevy1Cj+kvQ8p7gnDwB/xbdAGqyKhDzT5ayX+Sn/vF3CPwqAj9lyF"
    "w6pYSKGfRdhrsoW9ZkLY44km3610wMxU11Q3b0CBOzXo1KXIzxVK/3SSTXOforhP6MsIbo"
    "Wk5SglV/BUTIQKDzLG0yk0xhFCPsQVHuJHzbRsci8fXBY7/FI74CejKo+5Ck1ynyHe9Yrc"
    "QkWnrtuO2cqyY7bYO2YreWGPh1sxDVOMlq+vKq8vEy4UNMPDtwjyeWXV4iYpuSY3vyb3wT"
    "Gh4hQ9ca+pt4R9CUyt8Xn45YsgdYdtEJSmaDLE5fs28F6n6IswmOAG7ssUkbqRRJ4HJXwu"
    "/nx/jSvcF9xeGnyRcHvy4j67dbvzC1M0/ix9cWv8Aqb4fj/+jCu81ykaYlrhm9AGfqHIGb"
    "vkKy5Vw1waZsGdjkJb3TlRNISilUWn0WLrNFqVupmuYqxvJ4lsl+QiIGQrtvYCc6POIK8f"
    "+Fu5hXEOlZlsPGJxuOgtuuweasdqSr5IN4xcAa9oBnn9Jn4r08RvpUz8VnLiLzFIueb5iq"
    "B+AJevXd3xZaPVRncbzv2q6ljyg2NpCC97aqarFDmFQls/2MuPWv63or4rrDxMX2G8G32R"
    "+IST9JzCQPpdmEjDQRtQKsmNeHd3w5GbzNN7Tm7Gi1UVslNmuQ6vyb4Pr5m4EI9gb5hPCt"
    "L+49vKcoqZzA4qPJJVkvIf8QfLRLUne9nQ8uY8ZNLz/IdJk/Kjl4XPz0znqO6E9e6iyA98"
    "lr74ICQHYWYsoGVrKkk0bzqa7V59VTDhapa+6sCIdq5pVSwM6sJA9lx/ky1FV0xKNB9zbb"
    "DI+XJILoe5goVOA9E8yVJj9iJ0xUL1KobsbgL2XMzS+Q1b2qES14HB7EDS8VwJyAmAiCom"
    "w1bK8C2i0KbZSj/eAKTgTWyfbCwh7eCVCUlIPXL9UjguTeNHfoNGlKp+y38rGnUPtPBRMT"
    "/kcer6Qb8VzuuBl1v3GCOrIdjb0EB6qOVXo0fJagh26cp0DzIiBy+NV3zqNh5JkLlhIloW"
    "xfQrKdN74tJ1ZumafKh3BlfxoY/B5tNzkdB74MlI8qBPYpYszGvIVyoIf6wLjn8W/HmoMW"
    "UbqG+osbOcFRzvKCUf7/2PN8UDmHLXrefJliueNkrE71DafIeSj1gS49y3KHW8ngR1ZZH5"
    "YEj/DGbThquUopMs92VK+774+qPAHnXmeXk/SiRzgPhSY5B0TYVYoiwBpp7XU12B8kzH78"
    "Tpm9tJnSDadjoPb/ExcnqsVmZ6Yg8Zrtrx9B4fSQY5Avy28l8rhE9R2ZaHTDeVf4A7fRtj"
    "4aso+9lb1mXilnjdl0id+7pOvbLOvEKSrAStgtIUCZ2OeEeuIndfg+QuQWqXILHL9yCty/"
    "cgfUuQvCVI3RJkbnGTyYyG+Iv5WVt8X0pa7RThpSqOBkJP7gz7fTfVbLymkY1hbFkd/Wga"
    "C/l9SYFiXVTYCMCTA70jORDmT++bJ5EO+Cyp5yzBm41hyqahF04vHu2h0lsW5uR3woBsIV"
    "5hiq7vR6JwL+MN/+amDcLvpqjfkybBk3UZbxX9u55IdgTiZj8c3eKtIlaDJyHeOL6PyW7m"
    "FQoN9nmWwY7LOaHBPqfE1ubNKcCTCbwvLawHn6xZMv4K0ET5b02g98AtZRksZR5rKqRPp5"
    "Fyx2IWxF5USAGAw4Qc3iS8ruInF64hCm4F2mwFClLmvtMEFOTm/WDgZjX8hCYVw+rDZLv7"
    "sK9VjClkRZm252SG2+WkJYA9Jv3cW5n0+x8a5/DWk9uUuW2DQWCGYpgMQlaqDUYDPdRy47"
    "XvQwTB1DnD4zJ1LpWT2dQ5vzqfkXKrietb8BHM8U8AD2/AnkPgz9S/A0XXgfFI6hZAMSHw"
    "vOrgDBx0h31BGuBOj4+Vi+anFuVi+F19KDd9VMv0sTQsja4mZ8s2IRJ+Z5bLyhyMgqnZjB"
    "vdM2hvwh1U+ITf6EsDaTwhSQ6C0hTdDr+Ko8EQ1wWlInqWknPGFUvktJPkTft0zC83e9OT"
    "qcwKayxXxBWGuXErDsSR0MNT2ytM0fhO7Eikxi8Umesl33uYPytijXMhZlHXsrW1CWXti6"
    "Jrqbfj0QGOkf3ScZdcecKVJ/s/brKUJx1h3BG64r6OmeuDPuWQGdECsI+Y3hnaCdptPGBe"
    "u9mRj1xz2hHQFksdEuMGRvlvhvkEFDTDf4r+ZtlA8bQ9FjgQmseHR8CPXSHHQAUBZbbQkE"
    "Y+Dh/lk2fKLX4OP0ZW6xipG08ancuzhZAwTTkG6wrdPXCeJdz4nB1tfJ4INn6PdwD3C/gA"
    "fgEVT3lfyhjznPcZ9RczzcISS/58JXG63a34RiMxF0rjptvJUqJY1quBBbi5Ys1zaYnihF"
    "Vmq0U1RWdnmfJlnKXkyzhjIq7OFfRUKJiW0UWlomq5K37cFV+zZOJP/0JhZaluVxG6HTpb"
    "BXJjeFhXsmSFXa14UoL6BKmzkhIkNEGZQn2987XsRbW8N9zX6yxrLGs1tZfpEZoBXmXE/f"
    "4KcCGEf6IKy4glD3VVU7RmxivSDWVWWtR91+/w40o56YBZ0LJKYFuOPR97PdV0YsEfS8N8"
    "7wIU3U5GUMVSdl0n1DqSe4c5HT7KjNqmuWMCF+Q6PvNtBJ88hb73rROmD3rDozQziB2QyG"
    "acZqNJZOqcQginzsX5xcPUuWq1TsCBcHLYBnMD/yygAFdZDaQueDRM0MLVjmkB174Lps75"
    "xYkaoSXuccTAZAHN/gSIb51pvIIlNFf9tIFnbYsYTPbyLaYIsw2NuOwZuIVmARPi5aHCla"
    "8ffm7jSjxpLfsIWIZb6c1i4M5dYEHb1vHH4LmkOqaJl0PQ3uLWGm6tqSTEW7bW+B6/8rtd"
    "A6kdVVnh+HF8BANoi/kK0qkrbHyphs9gAFt+p7UkZZWXQTXc1wLMnml5kjdD/UxNilwazv"
    "tj+K0ss7rFntYt5ry2sbRUBOqAroZzeivWu73eUF1tvLdyscCOrzOtOMJbuU2A26N3bI/2"
    "Dr5WAXNZlJLngauy8TlQgxQyi8ZoSxjpign7tRppbv6m8NFf1vy9TUW2n32Xorle5+Vlq6"
    "pf1202qqYFV2vrxVgDNxb78WLqXJxcXOHyw5Uydc5PLo+nzuXx4wzXXDXP8f9zUj6FD/hp"
    "6xi6/x+uyH/1Ehxcnx2BWHT22eEnINkW0GYAwRdoAs+9ygIGUiHA8oX2hOAs6eJftS/HNc"
    "3V0jTz8PISwsvzHnH5bYW5NAnItRMqOlNJz0I5Qla7QNqS9b4PmmnP5SDgNWscbZTqVw6j"
    "teCPoiYkn7TC7KDRF3piG5D/U3Qjeu+81yJ2opKV6P82MJoYoieDdjN6tjGI91FddtHoSF"
    "+lXhu4LyQGS+p1pcEtib/ySlPUk27EnjTAYxSUKmDNIzJ1/tumo1S/MoNxkch5w3SY5lfG"
    "zlJ04ndETnqFmXS0ix3GbY2FvthIwLiqjd830BfJTQN9zKi70s2NOHLT9K+KRRjBVQZGcM"
    "VkBFdxRuAjqSyCPIUZDx4JOp4KlRJhojqW7KkvcjoQJSkrLJAUPZ9kMQs12VahZsIoFEVN"
    "NqFiFb/ThNlZhUeiQfyFxqIwboOgNEVi/643/C52ZbE3Fr99xpwHdyETf0bWkyJ86SSTkS"
    "/FxpeM4YeWNoN4aLAsaM4K+MAwO6jwCBZdS6XfsgAXS914c/O4v+9ODmpHO9yx73rCYODf"
    "XREZh/CD6Cryn7SBX5iib8PRF1eu9wv0+zGwsC+Saz3I/ymajITBGG/0I7zAJkN58v1OPG"
    "kDWi2RDsadIUm6cE86DL8rtBZLv8PnBZpWPs1kiGJ3islmfJCbFRIGuL2NAnK97G08lVvZ"
    "K4incssZkXRUXiq3fV9+XDGJay8xYAI0NXXeoJjO/SdHaaZzZd2GX8D6kdjeUYqZmCmLsU"
    "9CbGGMuzsy3B3JosqBsN+8huhuySEd2dRr3f4xHg5Y3oUrkrgIrKk2+D+ga9ZHlJJSwCVg"
    "RKTdxP1u8avcYmIs6eCaJkXt0g/s5/8D9CQKYA=="
)
