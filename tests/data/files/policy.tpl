{"Statement": [{"Effect": "Allow", "Action": "${action}", "Resource": "*"}]}
