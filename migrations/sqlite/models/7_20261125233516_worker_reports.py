from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "worker_report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(17) NOT NULL /* ACCEPTANCE: ACCEPTANCE\nRETIREMENT: RETIREMENT\nTRANSFER_TO_TYPE2: TRANSFER_TO_TYPE2\nREEMPLOYMENT: REEMPLOYMENT\nDISCONTINUATION: DISCONTINUATION */,
    "status" VARCHAR(10) NOT NULL /* REQUIRED: REQUIRED\nREGISTERED: REGISTERED\nREPORTED: REPORTED */,
    "review_status" VARCHAR(12) /* APPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN */,
    "version" INT NOT NULL DEFAULT 1,
    "due_on" DATE,
    "registered_at" TIMESTAMP,
    "reported_at" TIMESTAMP,
    "reminder_mailed_at" TIMESTAMP,
    "overdue_mailed_at" TIMESTAMP,
    "employment_status" VARCHAR(20) /* PLANNED: PLANNED\nWORKING: WORKING\nCANCELLED: CANCELLED\nLEFT: LEFT\nTRANSFERRED_TO_TYPE2: TRANSFERRED_TO_TYPE2\nDISCONTINUED: DISCONTINUED */,
    "residence_card_number" VARCHAR(12),
    "residence_expiry" DATE,
    "landing_date" DATE,
    "work_start_date" DATE,
    "ccus_card_missing_reason" TEXT,
    "event_on" DATE,
    "planned_on" DATE,
    "discontinuation_reason" VARCHAR(17) /* BUSINESS_CLOSURE: BUSINESS_CLOSURE\nWORKER_MISSING: WORKER_MISSING\nILLNESS_OR_INJURY: ILLNESS_OR_INJURY\nDISMISSAL: DISMISSAL\nDEATH: DEATH\nOTHER: OTHER */,
    "note" TEXT,
    "remand_comment" TEXT,
    "queued_at" TIMESTAMP,
    "first_accepted_at" TIMESTAMP,
    "certified_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE CASCADE,
    "worker_id" INT NOT NULL REFERENCES "worker" ("id") ON DELETE CASCADE
) /* One report about one worker; its state changes only through app.domain.review.report_transitions. */;
CREATE INDEX IF NOT EXISTS "idx_worker_repo_kind_13c705" ON "worker_report" ("kind");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_status_e599c4" ON "worker_report" ("status");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_review__f06695" ON "worker_report" ("review_status");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_due_on_2385b2" ON "worker_report" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_plan_id_fafdaa" ON "worker_report" ("plan_id");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_worker__42bbcf" ON "worker_report" ("worker_id");
CREATE INDEX IF NOT EXISTS "idx_worker_repo_kind_1bfc38" ON "worker_report" ("kind", "status", "due_on");
        /* column comment: nothing to change in SQLite */;
        /* kind: SQLite does not enforce VARCHAR lengths */;
        ALTER TABLE "plan" ADD "cancellation_requested_at" TIMESTAMP;
        ALTER TABLE "plan" ADD "cancellation_reason" TEXT;
        /* column comment: nothing to change in SQLite */;
        /* action: SQLite does not enforce VARCHAR lengths */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        /* column comment: nothing to change in SQLite */;
        /* kind: SQLite does not enforce VARCHAR lengths */;
        ALTER TABLE "plan" DROP COLUMN "cancellation_requested_at";
        ALTER TABLE "plan" DROP COLUMN "cancellation_reason";
        /* column comment: nothing to change in SQLite */;
        /* action: SQLite does not enforce VARCHAR lengths */;
        DROP TABLE IF EXISTS "worker_report";"""


MODELS_STATE = (
    "eJztXe1bozra/1dy9cvq9bhzqR117H7CFh3O1NZt68yZPZyLg22qrBR6eBnH3T3/+5MEKG"
    "8BgdI2xXxRGnKH9peQ3O/3f1sLcwZ1+4MwnZqu4Yg/oOG0OuC/LUNdQHRBvX8EWupyGd7F"
    "DY76oBMC1eupwFXXB9ux1Ckedq7qNkRNM2hPLW3paKaBSfzBgTpbaIaGe+M74OEV3PalCb"
    "AddT4HB8LJ8WEHvDyZYKbN0H/VAY6J/mvTJ+A/9Ah9hMYH/NSZOUUDacbjph7gGtqfLlQc"
    "8xE6T9BCj/ntd9SsGTP4E9rBx+WzMtegPothqs3wAKRdcV6XpE0ynGvSEX/3B2Vq6u7CCD"
    "svX50n01j11jxoH6EB0W+BeHjHcjG0hqvr/lQEaHvfNOzifcUIzQzOVVfHE4SpvS8QtrUU"
    "ZTCcKGNxoiit1OQFFBG4/aapaWCk0Ve1ya9/xF/h76cnHy8+fmqff/yEupCvuWq5+Mt7dA"
    "iMR0jgGUxaf5H7qqN6PQjGIaiqkwa1h7BxtAWkI+tRJJCd+SQfgoskzgGqeUAHDbtBOgfG"
    "iXQrjifC7R0efmHbf+oEJmEi4junpPU10XpwfojbTfQOe2/4ahDwTZp8Bvgj+NdwIBI0Td"
    "t5tMgTw36Tf7Xwd1Jdx1QM80VRZ1Egg+agCXWNzOqU/PrUzHafVEs03AWZWQn9fNWYwvQM"
    "r6gTs4zgqmdewx2t+sS2uiMRYa0grK6vOyD6STZ6otCdSF8j95MtspHskbw/EvGTyQflTh"
    "iPvw1HvQ6gtcrG+H58Jw56Snd4eycMvndAogGPthp/1Sndhvv1RWEc6xRrSO7SGdvGQv2p"
    "6NB4dJ7wXnGcs7i/CqPuZ2F0cHqcWLAD/84pufVXbIEZpgPTy2sCf2Zsx0H/SgvK3wU2vJ"
    "5q2SjEXyexPSLA8OBW+PUwtk/0h4OboHsE825/eJXAGr2OpqWUOv2iJG+fgZUg379DMER0"
    "ai6WqvFaDtM4EUc1hSrhB8thGiXhiBJEMfs7f6bzavitTqN7bVpQezS+wNfUsZ7A1JdKxh"
    "j1exvWs/fugEcLW8PnW+rLSmaI7X/o96NfDR2CADq9JyOpO2nR9oMaoO16I/mSU2Pxje+F"
    "BRAmLzpfugWgjW6JGcDiLeJBnT6/qNZMie0V+I55aiZaVn3Ttxani2SLaqiPBB38O/C3Dn"
    "QZhoHW9BQusnQd0ftHubqOZM+3VB3ZIHN1AlvqBEdzdIpggOVOOrArApZFzeLwJsSuYnJX"
    "nuCVkrwezBnloMqWvIL+jcB326IX2owtx1bKK8lihFxXxrKuDBqzKjMcIathfpnkVRoxvb"
    "ZjLm0FcYw/tCnlZLoyTR2qRtZbnKBNzPQDIt7ULrpqic5vWfao+LxeDYf92JReScn98f72"
    "ShwdnJC5RJ00jy1N6wHQmwFn1d6oFd1WXilmjq59e6d+QMum2hcy+ecIRSU9T6VX6CQ5lS"
    "e7ZpwjKgcL4l9b4TWJU26Htyj4pgzMl4PDddhn9NNmQ0N/9V/fPXln/J0m95VZug+6Zj+h"
    "eXsoqXemUHJV6Vuq0ihoXO1UQO1EWWUx7RP6HmBw3+/vTPvkOOr0KVP3FN49ytU8xfu96W"
    "IzNCBwl7qpIs4EzDUdop6mBUzUjNifBThQjRl4Ma1naB0eAXRHBQ+u/ky6gqmJTj00N8CG"
    "6ELVCYmddrPZ1EO4bowt3ZhmK3jeSsogESoufRSQPtBWjjeQciCHRBvDOLWS9xdivPEo5E"
    "MK5WxFb4yoEcrIhLL37KyIsvfsLFvZi+8lHRUMBx1WHlAlwE7SNRDvk0LK9ZMc5fpJWrlu"
    "a/+h6Yi0x2wPBp9ie1Lt5k/Ay9PTdvvi9Lh9/uns48XF2afj1VGYvpV3Jl5JN3j3iOFP2b"
    "Gf1NOz8zLLO6Ro4MI+/1hgXZ9/zFzW+FbySET9HqHyDCmyUA7KcbIGQr0RA13AyldQ7SRI"
    "uW7naC90O9Mn1UDvCRI7dW1KYiRKehZm0XM9T+qwQE90sfyuYDmXCnP2hkaj3ZBD8lYhju"
    "1pH4tsaR+zd7SPqQ1tqaslF3SEYlN80T6vYU+XUw7SGA3fF97U/6IVWIPe984fZr/Wa2Gd"
    "b/iaxnS9XWHcFXpiK3vjrQHanj+e5A+3V6u3KMK0E6eAt6z3stcA8rfVQI2EN7Ypvr2E03"
    "xWDRB3yaBCfMxGop3JppZ2U44quLDV4pGmdPEpr7+MoL4Clj4HofmnGxlvz0TTrGlI7MIv"
    "BpYR7boA6/kD1rJq2cBrO2bI1UrLNUdG12MRs6QSfSHetk/K7kd4fCy756dwKrsX5xcPsn"
    "vZbp92gAqCs8czIjo4Lt83HIaP88yHFJtknQNT7JC/JSyxcebid26m3GlGgNViLBdzmqTj"
    "oh+j6gvWMN6A/iIvijK286zJ/cUdT/YL98LBlMkXm3lhcU+BLiEt7toJa8U25nI/UeayEP"
    "czixK8yf2IiMV49dMQBZTAnAPViHIiBz1xLN0MPixmwHJ1CD4dptmdtUbiflasMTBl7W48"
    "TIv9mAMmrRC78M6ojRflblzbcuParUjFlraxCVlnGNvmN2xL20XuDsYQrjF5B31f2LYoyt"
    "aeUI8kuvMQFdd5GkPb9n58WiyK3D7KlYdQR8WO9Hw7EyzQzUfNAD4RllyghmUR8IwmlAgy"
    "XkKifwDT0F8BugUc8xkaf7PBk2o/Ac0G2NsPzihJYOsdmwtLbAlLZKoUPFFluMA4VT1s4G"
    "5h3rALLradGlCnY/x2RtYIOcs8d0u4kzoA/ZENoXcrDdA1/pfcU4pMQREuPJsHTwdS6Bo+"
    "NZC8iURSivE0J5QiRdmEHKYbX+88vJ0CenNdoHXVdhTXrjTjSVqm5pwr4pJTDX8uNTRclQ"
    "QvMUqubmV5li34A/F4VV7nOCVP5MPyLPNE2K2GqCSbh2iORpLna64vXzPVf4Ona15b47vC"
    "dTfKyLRbOkUlSfVdz1ZM0v3ni3ipnl0eX8ru+fn8o+xenLXbsvtJnT50iLLQG9XGRaNUMI"
    "WWo6GfOAPYensEcOob0gkvYEuzTQO8aM4TacM9gGoDzcEKRnOWUl1u6bmygatbkXQ8M3Dw"
    "x0ybz/84As9w6QB17kCLUM7QqlF1Mq7/LA/BI3At/BO0L4u6kvyGV5zjkolBXV2P0fqdK0"
    "23qTQNp6CKMi+kZth7syXc3fUlsYfVeeRCNu4HPXGkjMSvkvitA6KfcNWiWwE1kPpI3pVs"
    "dMXRRLomY6wuZQMztb2R8G3QAavLKgrCk9Mi6T9Os7N/nCZ1Vjyr5fpZLb09NQ3hL+PhIE"
    "OaCEmSsqI2dcD/gK7Z++itk4MbBiMmIaZSlSezkh/FRT88QDJVOT52yuAe9OegrwG6BRfm"
    "D3IERwzTpZZ/9ghrTcz+6Ew2NS+I00IwL+jOFdnlEtKUTTD35OmsNlKyDosIlbSHcUpuCm"
    "BafRgKICVnOUbIDQEsz/Fcs2xHUadTJM9WmmvqANwswPKcr7QhVez3CVo+00zPNPfTSE9w"
    "g/003OWs4nzHKfl8736+KS94Kl8Ik1FT+6YK5nnG1rORZeUZK5cqKNSQ1Jb8Zm95j/wkQf"
    "DH+iB5pkHxR22ZDdiAafMmVw+yTGPrCtE3zaxw1bNA/IftwCWJxfDNmiBipAUH3QtSUaR3"
    "coi+NK4TAuBMc+jRHmuMxGM72DJTsh0Iz2W2QixdmodHWwHVTFnM+hxSMx5Jctf/7hmfv8"
    "uG2JMmHYD/hgbk0H6Mzc/j+6tb3Ce4kg2h2xXvUIv3PzBRBwbqwDz9PTBOf0/uhUWM0J8K"
    "2KA/ZZqgPyUt0HPLXCjrORckhmDYePEOPQzQS73e7MYG4HPL0tyifdW0FMvUM9JpFNqZIy"
    "MwvTt3h7d3wgDvnd6FbFzdj0ThXkFn2/V1B0Q/ycZtX5oEd8Jr2ZBu7/rirTiYSIMbZTi6"
    "6YBkC9rFB0L/+xhv495Fpck+LzLZySM9Mtnn6bpMpQ3L3KK8lkXZh0/RbAV9BWgZKiWYNr"
    "fGW8YIvKhegYpv3tZUKVqERsojHDIQrhA5kibk6Gb4JbJSoYcxNe6mg3VYybrPGOyFY3dK"
    "pt3P3LfrgP19hEvRzqzCaPPYqXIwF8iZtaMQqvhip6n0U69DjlbfX01qpHOh+uNe+qUltI"
    "A/BDgQTg6PgDZD3KwXs/TwCjTHBmh/gGhJdQDOIGVamoO6/h9YWnAOp45rwUMSfoTk0Ado"
    "0cuQb/BZ3DjAlnGATHXJDPRRGp70KaElSCfBIe+IjY7u4BWpqhmiDsS0guhWGkjjiTjqgO"
    "BKNm6GX8XRYIjagisGVO4BtOHOVeqFoFI3Qb+TyIpbAPRsZWlKVxrA5h0PVQAPKVl+Daru"
    "REU2oux9KAvtkuWfE2R8vy+83zvwJ0U1/DbSAV0Dl/RJoUrbJzmVtk/SlbYDlrpsDvMkXQ"
    "Px3khlc7hQtYwUlnSgVwRNRPisyP6BeuUkik/tIEvVtl9MJLiWTciaImwk4htIzb8CzlOz"
    "VfGMzxiCe1Ex7UWFhoKOUvmFyyBvIOu/ibcugV71lJK5A/HQM5ZfQNaT6KQntiV0J9JXsZ"
    "Wa3Eh7wg2K3MA+iPi/bIzvx3ei5+m0usTuT31RGHvuT95VFcXIZYHX9DLzJb3k2XDqtzrz"
    "4EoKyPsZbJcVXJkyfBcKZfJsQEodgTq+8alopA6bB1p+PJNfemRdoOL1VxqIUzRwaKvhX/"
    "sIFg5KXBOk+qI22YSnlpWEQWraOtqk10Gs1DHF5yBZCjnb4yBVhLlIptbz8/kn2b38dAbx"
    "3+Mz2b04h7DjpTPFZaBweCBJhYoe/GFmLhAuH6aqo+rmowuB6gBIaukutEfLixm0XCPtbL"
    "DJB63haTBFKJbTJM9q1CAzZByppwr7UY7/QZbtL1O8yDT58WquBJ6SRhBu/Chn/LDgn65m"
    "QYq/TG7UQZSMhxoUCDVYQkt5Ma1n2t6Qi3SckGNdAGv81uC05RQWL3MbjtFsbyduHycR9l"
    "oYcnnnSUxqFWZNxN4hFrkumLqR8fbsdNuJHCL+XJqWM4JT04rzyLT7uXIIJD0VK+z6phwi"
    "EtYe847AowYH3eFgMhK6kw+L2WEHvDyZRwCXXcB/VefIkxRenrTpEy7E4NAcnOsalHsys+"
    "XJzHaaE553tnKWEx5P/27i6d9JeeRIUWQ0FX6x5CpTUHN5ZEe10GFWRn0QUrCMeEUFwlkR"
    "/cFZtvrgLKU98NgHJfrtUmBn546gUzcC+G3nkbDQKbQKwCvIiMVoNhRdv9e6x10UvGSM9d"
    "pwEP0ugooZQ7hoVDGz8cR9HD15rWo6DhOjSNSx+0d5ErUXhzmPdC0USYwJ4MwL8j0CZEfD"
    "BQ+h5cf9Sj0StEvCf3UNGg5A/Dpi6W1wIFwefgCCETT8zQZoUwToUWZKzN7Yk2QDA2aTGo"
    "yrYdBj4ewI2LiIo+1Op4hk7ur+/bmJmRQbmIb+ishUBz/RNg00qPliAPRumHbhuovP8FV5"
    "Ri24fxBKRX4mL8C4dZE/OhdVBIYoPctsFGJsbqSBIvU6ILiSjW5fQhKdIvR6aEcbI5kx9r"
    "mSQFcklOUkO5LlJBXIUjLWsNYYw10zV4lEg0UCllGvnFSD6aDlXcTus8bDbh7mcHtP4fxG"
    "yaMoIVPeu1zPWNJpd+MMYd+cPmdyg+RmAVZQD/oVSBW/Yp3MFPOFh0F8muk6AHFsmg7+8F"
    "oU8ukPjzlLMXz1DElhwdI81+/c0MK5Ls51ca5rN1xXuHGV5QiStJwpYI4p4JFbPHJrB0zg"
    "0HUezJ+3OFEGhQuM3M1lA03STwnybbzJB2ZPOvduYYzpWofh2gdmayLe3g1Hwui7cieMx9"
    "+GI8R2pdtkI7hSEL8lTjog/hnd7wsDJawkEfvo343UlIh/XlH/InYnEWrv4+ru1+GXyE3y"
    "STY8FnHyeTScTPriimdcNSDW8bMwuBGjT0+2yAb6olJf8dpRh9hHHCGO4JjgnyPhwhk4UD"
    "zWsOqBE+v17sVVB/8zvo8g7Q+/Y2cQpSd2Jb/cRroVfV9h0BX7fWEiDQdhX1prFbb3tJhz"
    "fo5vPqWsii9ulvJgiFGx/IpUDYPYRIYi2334N5yWchWJkDQR5U0EmzyYM4okl+0gEvRvgm"
    "J32x4hU9WyNGgriHMnWY7LFxahDsADUAoEoOAsLpX9O1fEm9pVUmxk65/34r1/6sVWfqQ9"
    "ztx4NzrA+y8bY3HQkwY3HeBfkJYJ+YhYmGt06OPe3v8qh2serxm8KxeZO9FFqqiV48DFkh"
    "arkl2PJEKyvfCgVHTQjoODYpGZaNtWfFgqaBQo5FtJbMUd1yvqjnQVTUFFPWGKmOcwY36u"
    "Fcd8hhn1WHNmOSRrAtcWP4baRRKGt7MzhrfTKcNV21GgZZmUsOBsvjhO1QSct84dc004Zb"
    "E3SxMez7VlVGFSImT8xGLtxGLE0kHSZVFsHEEarWzrxjLosUmzxm8t1MFdbVjajDv1btfS"
    "wXpC2LQ6oDcSridpbUDYHFcGkPYOIP9w+N/2SmRj+sC0EVo1VgaNlS3D1/FH1P3V1BD1l9"
    "fm6WjXLzEbqSBZvvIOnboWlpqhvGf1G6cIbpUY6Dgl1/kwxlVFJznGOZSZ4xghn2KGp3iu"
    "WbaDq3fCZTV5mDoAF5ZYnvMptHDVU3TqValVR6du2onZLnJitrNPzHa6rJeHWzWlU4KWv1"
    "8sv18WXKjGDBfaDhLZFVXspim5creK6wOSpHUvh56CM5VCu6KuN28g/g6y/A4mpk61y6Wm"
    "ySDnb2P5t/HBRfi5VfVfIfWGsK+BxWh9Hn75Iki9YQcEV7IxGaLr+w7w/svGF2EwQR3IP9"
    "nAbSMJ3w+usD/t/dU9dqJF/1B/afBFQv3xP3LvhgznX8jG+LP0hbT4F4ji+/34M2rw/svG"
    "ENEK34QO8C+qaLxqLks9Na2laVXkOym07K6JqhFe7SIaxna2hrHNVDVZxra+reRTX+LifY"
    "aDjo4fsDTqGeTNA38jlZOfoDpTzDkSTpO164vinz1C47aaIraMbFNGypIRRa5C2EIGefMW"
    "frvQwm/nLPx2euEvEUil1vmKoHkA12/r2HKBcLbR3UT0zXTq2sqDa2sGeu1LJgCi0TYP9v"
    "qTKvxbna6V9SJKzzDerVsRB23gLNHCQPoXCfPrAEojrmJ7h4MLcU5p7z6uZptoqiJDnRQp"
    "YXuSXcP2JFXEFmNvWo+qof3Ht1yXZDMzB2B4Jlni8ufowQpW8ileWs6yqXcz6Xka3rSDx9"
    "zLBuunSHWnZMF6JZHKA19kLD4J6UmYmQtoO9oU1zuxXM0hFRgr5v0uMlYTNqKta1pVG4G6"
    "MA3nSX9VbFVXLUq4bea7kUXOX4f06/CkIqbTNGh+nblBtTG6arG0jCG7nYhagln+fpPN7V"
    "CJm7DBbIHTqXjO1nKkNi5k1vOSwuIU5vusDHt0htskhTbPBL1/qzkHSmxSzsYS0qTYQkhC"
    "qvz6rnBcWubP8tahOFXz9tKNmCc80KJyd3nIk9TNg34jx5gHXmlFboKsgWBvQp3roVbeJh"
    "EnayDYtVsmPMiwULE0XxC/Zc5xSg3TMmgZc/PLTOePxEWVwqIKfqin0JgiCTpjm8/PvEQf"
    "gadeKoM+Dse00V6Dv1JF+BNDcPyL4M8TK1COgeYmVnCXs4rzHafk8737+aY4VlPq13tuga"
    "VSBcSJeF3EN+si+oClIS5dGbHrjSRMV6q4/QL6r2AtvVEeMb7EShdIjOUGVKdP2CRF0+37"
    "xNdfRlDPYsx85IXVQFvduzYLe3wveFKNR6hEQujXhKxLBhTC8ZqKHPyx/vrC+WXEHw1eXm"
    "gRQMSJ1wBT3xupqUB5xpY1cfpGBmkqRBZcmta6b5wH0YgM1SSgNp0dy9ulMlJkrbaw/DxZ"
    "Clz140VA9onLPQLZqbEqJI/ZorDIU4pUC71Vp9mmrbf9ikNqlqsqtMbCV1HxM5+F19iJ+O"
    "pWwm3kf5i2LMxahhOUBb2CK9kQul3xDrV4/4PEaEFatCAp2vcgJdr3IPVZkPgsSHsWZD0j"
    "idhGQ/TFogVOSFa2VKtsoFdVHA2EvtId3t6SzO3JlmLlXvwWBFy8S9AQ/E78cGUk3khj9B"
    "SSLI7WnOiNPbFTfb1G/OsnEsIKF3wJe1IaZWMyEgbja5KDLuiXapKNnjTuDgcTaXDvVYYJ"
    "O2fdSRSjWeXBo7Um+5JflO7sNyd6R3PmUZpTvb0llh4+cidBE5ljenuimM7qt9Ja04V3+t"
    "KAVnmHNLeKHUxxu1ohG2aOCTNlwZxb5kJZL3FjYgiGrZk8geMaCRzRObjeOokNwFdJM1cJ"
    "YmpMS7FMvXJVmPgITLNGiGO4EwaYVfEuZOPqfiQK9wpiLK+vOyD6STZu+9IkuBNeI5YEHT"
    "vk6MbBV8PRDWJJEi1oESIG5fsYc03eRaXJPi8y2Ul+OjLZ55SMC2XzPvGET+slfPLgUzRb"
    "QV8BWkb5Ylf0EbjJv4jJn2jtKQfgL+PhIAPukCQpy2tTB/wP6Jq9h1EmOXhjLPLXfXKJJy"
    "RzPEBy3XuHQiWTLI10Q4E++6exSiLsBWlWwDdKyNFNoUsUu6VgjVBwN4I33QiCAhNr+hAE"
    "lSz2C9uingORJZXhNpC55e7CP4OtHaEoyLTjpjDaZBetAesxHufeLmTl3GeYo6dOaU+YTR"
    "sDA1t8hjkwYqp/wyCoR3q+ZRJsDQ0IZPcMzYvsflJPZ7J7fnk+w9ftE9TehnPwhH4CeHgF"
    "zhME/kL9B1B1HZhz3LYAqgWB55INZ+CgN7wVpAEa9PhYvTj50D78kJQ+t/ZQbtZky6yJ2H"
    "aNbgLL5msiJDxWlmxlLkLB0hzKIVtQYxYdgGGtSutWGhCDVwcEV7JxM/wqjgZD1BZcVdFt"
    "1Zy9tVpKxa2kUdxlVFe9eRQfLXVWWUu8ImYY5taNOBBHQh8tbe9CNsZ3YlfCLf5FlbVec4"
    "nw8vmJG5yVuIiKPFtDnlKQ/1B1LbeQNB3gBNm7DtrnihOuONm1sJmlOOkK467QE3clZI4Q"
    "0H1toTmZbqeJHkd5oiZJOK/jziU8UInk59oQS3GqATyXNnT1aqL2KWpBE/D4CC3woqFl4z"
    "pANx8f0ZQAzQAHS9W2X0xrBnAicOcIOHCB8957ubhS8mXtT5ENCz5q+Afi4Q6PAFFMIeFz"
    "iUZyVAvJmOgZ3sepriFIgJ+vmTwHja2iC2NmvoAD4bKogPpbxO/v2Qs5Vx1eqXbL7rg5jp"
    "uZVo49cNasyPW0i3D27WzWvp3i7Z9paRmy0X2m5l5oArQbSTvCtjc5K9zkXriTp1iz3bAS"
    "ocGAwkXErAnZDISnjHeDfm+yDlek4NER8YU6AtpiqUPsmYJm+++m9UiOXvR19Vcbnbue0c"
    "hGB+3JMT6pvQwKWJ+M+YHZQjO8g9y00srpDT6H66PZOtcR36fRxcXssydKU88BxFBxz/Mi"
    "p8959uFznjp71nHt5E6de+DUyXgVu1rmmJexK2gImWn2UlfLZ81M0m3vjW+1Umuhtt10M7"
    "kyff0ETkn3VMrclCRkeVutLD6dFRKfznLEp7NMxD3n3CopnTKG4AIWcwJWdOI1W8F6nB+U"
    "rSzXZz5Gt0VP+YBvjE7ripdk2U+ep8ajbGz7mSotKzVeCcVFLJU5lq8VT5u6btopb7CimY"
    "HYNIPmJ3MJ8Koji9J7gMsw0E+cwjpymkWGaihaM/PF0E11Vlv2t54/4P5yOfmA2dC2a9i2"
    "XOdp7I3U0IXlZ8urY9Py8uQ1ec+CP2vI1yWSQUZwikSSpr59YW6sLaYT3JcVtUnb0CRwmB"
    "hF3CVaFDsRveNRns1o5YyhWEmaN+1HsvsRQii7F+cXD7J72W6fggPh9LADnkz0s4AKiGYf"
    "SD0wNy3QRs2uZQPiVQdk9/zidBqjxUEJ2LHHBprzAWCPE8t8Ic4fwTgd4Dk5xaxLO/kWso"
    "G2DQ0HSmAPGM0GFkSvxxSuIizQfQc1okVrO0fANkmjt4oBWbvAho6jo8egtTR1LQt7t/j9"
    "bW7a4qYtJiHesGnLj7NS1g7IoA7EsnZ2fyIzAmirRWjQqRm2VLERqRHAVj5UIE3J8mvARt"
    "BAgFlJH7oE2aZw3t2GX7+XYgCZg7ilKlAHdA1c0xsxdQZR8WWtyUm6BuK9kVqApasArlf/"
    "j3GEN1IAkBvvt2y89wRfu4JtMU7JM2uzbKkP1CCVbMgJ2hpmmjFmv1EzzX0FKPvou/UV2K"
    "Qi2y/8QtFchyVhslXVL2GfN1XTAtHaepltAMmAM7+Q3YvTi0t0/XCpyu756adj2f10PJ+h"
    "lsuTc/T3HF9/hA/obvsYkr8Pl/jv9BM4uDo7AomcOGeHH4Dk2ECbAQP+wEGKXq5JYBpTCB"
    "B/oT0acJaOh2Dty3FNM1uaZp7Up4akPmVF3LVEW8bYky1oEgxiJ1T1TCV9FsoxssalL6lZ"
    "7/ugWc6TEqQZSfNmdJDjVO85eYkNf1Y1IfmkDG8HrVuhL3YA/isb16L3yftfxU5UsxL93y"
    "ZCE0H0aFqVzXjJMdjdLlpd6avU7wDyDwesSf2eNLjBwWrelWz0pWsR153pgOCKAWse5qlx"
    "Ek8rQ/ijbzBxqve8wRAkoEHhgt9Az6d5z9jZqo79jrCkV3mTjg+xxSC3sXArtlIwrlqTFd"
    "xuRVy77VbE1b6ur8URKXy2uqyyEVwW2AguMzeCy+RG4COpLoLc0AUFjxTdhnLPb5d/rlkW"
    "mU5dW/HUFyUdiNKUDDMkVeWTImahk2yr0EnKKBRHTbGgalevEpk5GMMz0cL+QmNRGHdAcC"
    "UbXnU9saeI/bH47TPaedAQCvZnzLpTZV+qv0KeBW1tBtHUIF7QmlXwgckcgOEZrPou1V5P"
    "DC6WuvlKKhatV32OOtAWT+y7vjAIqj7G5iF6I/4W+Xc6wL+QjW/D0RfC1/sX9EpwiNkXcQ"
    "E7/DesAjpCL9hkqEy+34mnYSHQaGu0Fmi8/mfFapXFXBpyPBpS+VShZZfTTEYotqeYPElO"
    "8glDzAC3t1FAbpa9jSfQ5Ql0m5JAN5r1MAg0rS1idf/4rUKhchasIabQs4mPyFBb3cz3OF"
    "Quhlmmn0GI6VveBooVdi2UitnrD9QHnAUZx4Z54/wDaI4NMN8LI4Z4HceKWab7+ATQF/kw"
    "MxcIpw8W/KHBlw/eSAp6puHZdm162Z+NP7FISuVnzdNnhpz9DJEgWHhe5a26DgTzUEVAC2"
    "gZDlxoCd2ueDfBclYHhNe4QvdEGpHkfrhId3Adyl4UwSsidY1ETwMS0IefohKZMJGGg6hQ"
    "RhqqyGUnRSqInGSXEDlJ1RBZTzTfvDxex9yPxH/eo4klZdi9KzxzNyRYzmsNrnH73XDkV3"
    "H3rirNUzHHiRy/ibQuC++0a2pSUoMwbBcV7u76Ep4H/0I27gc99PKNxK+S+K0Dop/wtN0K"
    "qIFMm3clG11xNJGuyRirS9nAYltvJHxDL+TqstIU164w4yqStVUkPu+QQjDbphpSbNyiyk"
    "hEAcWg6mVwgFYl5VKKmHvts+y17/HqFWc6Rsrnme15XmAULQUHBlacbtoIfNZZnnUTsQT4"
    "SKs86dQB+JyzPOcMGlq35KzAzazc5aHMW79pCS4Ej0QsU9yXswURGu17dvLUVWOGRisdw5"
    "Cke88Yhu7WpWGkkL5nJIkvH9kRF5pt4/WV5Rs4gT8ztDV5YzRhd83jqcRfJzF2KthFD26F"
    "Xw9jLFV/OLgJukd23W5/eJV0MMOZQEuqe6I073k9Y7O+gfj7cujFqd4zfjPNRvSOZrjEFr"
    "+mp3D2aAzvC62r+7E0EMdjBb2b4/uRiGOW4i0ePy6OlFtpPF6x5eFn2ZD6fUIwHCnS4Jf7"
    "0fcOSDURrhtTCH3CcnuXqFUUJp9RC/4nG8PJZ5wEkfxjw7RmmLQjN/t8CPozPOfMngUWXC"
    "C+D4G5CJyDiqKepuT4l8cf/Wi3kr4pRsj1TCzrmeaaZeMCMFO4rGY/oA7A55zlOZ9Cy9HQ"
    "L6nkdZ6g5TPN9Ezz6AIKi9jc6AJ3Oas433FKPt+7n2/KC04vwsKjSerzNcoJy86ENC8g+9"
    "2CykN0Nhyik161NWAaJl5sJqqxV7Vs6NMmI1UEaGnTpxYlRsW/c5QXnaKGfd4KS8mGlOd9"
    "ZCt4I9NzONvOn+06vMFQ+q2Z9jeSvxy/VCUQ9rs3EN0NVZgwHKrq9pfxcJAheIYkSSlEmz"
    "rgf0DX7D0OgKSBi8HIV94m9bRHcUkCD3BFY7q2eZj99f9GHxvo"
)
